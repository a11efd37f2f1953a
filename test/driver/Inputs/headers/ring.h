#pragma once
#include <escapement/annotations.hpp>
#include <vector>

// A violation inside a user header, included by headers.cpp.
ESC_NOALLOC inline void record(std::vector<int> &v, int x) { v.push_back(x); }
