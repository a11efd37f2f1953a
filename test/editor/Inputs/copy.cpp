#include <escapement/annotations.hpp>
#include <string>
#include <vector>

ESC_NOALLOC std::size_t total(const std::vector<std::string> &names) {
  std::size_t n = 0;
  for (auto s : names)
    n += s.size();
  return n;
}
