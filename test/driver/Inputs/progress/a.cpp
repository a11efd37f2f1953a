#include <escapement/annotations.hpp>
#include <vector>
ESC_NOALLOC int a(std::vector<int> &v) { v.push_back(1); return 0; }
