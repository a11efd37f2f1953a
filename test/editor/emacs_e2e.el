;;; emacs_e2e.el --- Emacs + Eglot against escapement-clangd, in batch  -*- lexical-binding: t -*-
;;
;; Debian's emacs-nox and elpa-eglot, no configuration beyond pointing Eglot
;; at the server: the finding shown by Flymake, the quick fix chosen and
;; applied by Eglot's own code-action command, the finding gone once Eglot
;; sends the change.
;;
;; usage: ESC_SERVER=<escapement-clangd> ESC_FILE=<file> \
;;        emacs --batch -l emacs_e2e.el
;; Prints one line per step; exits 1 at the first failure.

(require 'eglot)
(require 'flymake)
(require 'cl-lib)

(defconst esc-timeout 60)

(defun esc-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun esc-fail (fmt &rest args)
  (esc-out "FAIL: %s" (apply #'format fmt args))
  (kill-emacs 1))

(defun esc-wait (pred what)
  "Let Emacs run (process output, timers) until PRED holds."
  (let ((deadline (+ (float-time) esc-timeout)))
    (while (not (funcall pred))
      (when (> (float-time) deadline) (esc-fail "%s within %ds" what esc-timeout))
      (accept-process-output nil 0.05))))

(let ((server (getenv "ESC_SERVER")))
  (setq eglot-server-programs
        `(((c++-mode c-mode) . (,server "--background-index=false" "--log=error")))))
(setq eglot-send-changes-idle-time 0.1)

(find-file (getenv "ESC_FILE"))
(unless (eq major-mode 'c++-mode) (c++-mode))
(apply #'eglot (eglot--guess-contact))
(esc-wait (lambda () (eglot-current-server)) "Eglot connected")
(esc-out "emacs %s, eglot connected to %s" emacs-version
         (plist-get (eglot--server-info (eglot-current-server)) :name))

(defun esc-finding ()
  "The heap-noalloc finding among Flymake's diagnostics (Eglot does not
announce relatedInformation, so clangd sends each note as a diagnostic too)."
  (cl-find-if (lambda (d) (string-match-p "\\`clang-tidy \\[heap-noalloc\\]" (flymake-diagnostic-text d)))
              (flymake-diagnostics)))

(esc-wait #'esc-finding "the finding as a Flymake diagnostic")
(dolist (d (sort (flymake-diagnostics)
                 (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (esc-out "flymake %d: %s" (line-number-at-pos (flymake-diagnostic-beg d))
           (replace-regexp-in-string "\n" " | " (flymake-diagnostic-text d))))
(let ((d (esc-finding)))
  ;; What `C-u M-x eglot-code-actions RET quickfix' does: ask, and apply the
  ;; one quick fix without a prompt.
  (esc-out "finding at %d:%d" (line-number-at-pos (flymake-diagnostic-beg d))
           (save-excursion (goto-char (flymake-diagnostic-beg d)) (1+ (current-column))))
  (let ((actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d)
                                     "quickfix")))
    (unless actions (esc-fail "no quick fix offered"))
    (esc-out "quick fix: %s" (plist-get (car actions) :title))
    (eglot--read-execute-code-action actions (eglot-current-server) "quickfix")))
(esc-out "line 7 now: %s"
         (save-excursion (goto-char (point-min)) (forward-line 6)
                         (buffer-substring-no-properties (point) (line-end-position))))
;; Eglot sends the change from an idle timer; batch Emacs is never idle.
(eglot--signal-textDocument/didChange)
(esc-wait (lambda () (null (flymake-diagnostics))) "the diagnostic gone after the quick fix")
(esc-out "after the quick fix: no diagnostics")
(let ((inhibit-message t)) (eglot-shutdown (eglot-current-server)))
(kill-emacs 0)
