  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
b  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
b  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
b  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
k  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
+  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
+  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
—  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
w  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
k  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
w  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
'  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
U  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
/  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
<  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
>  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
L  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
L  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
V  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
M  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
O  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
I  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
8  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
_  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
*  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
_  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
{  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
#  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
E  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
_  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
N  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
O  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
L  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
L  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
O  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
[  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
[  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
\  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
\  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
]  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
]  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
\  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
+  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
_  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
<  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
*  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
>  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
b  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
W  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
{  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
+  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
+  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
2  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
0  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
W  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
h  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
2  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
0  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
}  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
z  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
"  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
!  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
0  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
&  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
-  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
>  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
T  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
U  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
y  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
<  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
>  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
=  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
E  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
m  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
E  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
C  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
[  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
]  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
E  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
x  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
*  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
{  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
}  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
,  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
[  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
&  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
]  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
*  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
{  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
S  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
w  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
}  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
g  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
l  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
*  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
:  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
A  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
v  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
o  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
i  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
d  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
E  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
p  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
.  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
f  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
a  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
c  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
s  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
(  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
F  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
D  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
)  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
e  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
t  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
u  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
r  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
n  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
   for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
0  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
;  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
}  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);

  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
