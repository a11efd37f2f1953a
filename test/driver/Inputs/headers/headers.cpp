#include "ring.h"

int use(std::vector<int> &v) {
  record(v, 1);
  return static_cast<int>(v.size());
}
