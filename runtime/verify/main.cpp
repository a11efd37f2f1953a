// escapement-verify --claims <claims.json> --trace <trace.json>
#include <escapement/verify.hpp>

#include <cstring>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  std::string claims, trace;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* flag, std::string& dst) {
      const std::size_t n = std::strlen(flag);
      if (a == flag && i + 1 < argc) {
        dst = argv[++i];
        return true;
      }
      if (a.size() > n && a.compare(0, n, flag) == 0 && a[n] == '=') {
        dst = a.substr(n + 1);
        return true;
      }
      return false;
    };
    if (value("--claims", claims) || value("--trace", trace)) continue;
    if (a == "-h" || a == "--help") {
      std::cout << "usage: escapement-verify --claims <claims.json> --trace <trace.json>\n";
      return 0;
    }
    std::cerr << "escapement-verify: unknown argument '" << a << "'\n";
    return 2;
  }
  if (claims.empty() || trace.empty()) {
    std::cerr << "usage: escapement-verify --claims <claims.json> --trace <trace.json>\n";
    return 2;
  }
  return esc::verify::run(claims, trace, std::cout, std::cerr);
}
