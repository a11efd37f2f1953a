// A standard-library-heavy translation unit for the analyzer benchmark: the
// headers a typical service pulls in, with templates instantiated the way
// real code instantiates them. One function is ESC_NOALLOC so the heap-
// checks do real work.
#include <escapement/annotations.hpp>

#include <algorithm>
#include <any>
#include <chrono>
#include <deque>
#include <functional>
#include <future>
#include <iostream>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <variant>
#include <vector>

struct Order {
  std::string symbol;
  double price = 0;
  int qty = 0;
};

class Book {
public:
  void add(const Order &o) {
    levels_[o.price] += o.qty;
    by_symbol_[o.symbol].push_back(o);
  }
  ESC_NOALLOC int best_qty(double price) const {
    auto it = levels_.find(price);
    return it == levels_.end() ? 0 : it->second;
  }
  std::vector<Order> sorted(const std::string &sym) const {
    auto it = by_symbol_.find(sym);
    if (it == by_symbol_.end())
      return {};
    std::vector<Order> v = it->second;
    std::stable_sort(v.begin(), v.end(),
                     [](const Order &a, const Order &b) { return a.price < b.price; });
    return v;
  }

private:
  std::map<double, int> levels_;
  std::unordered_map<std::string, std::vector<Order>> by_symbol_;
};

std::string describe(const Order &o) {
  std::ostringstream os;
  os << o.symbol << '@' << o.price << 'x' << o.qty;
  return os.str();
}

int main() {
  Book b;
  std::vector<std::future<int>> fs;
  for (int i = 0; i < 4; ++i)
    fs.push_back(std::async(std::launch::async, [i] { return i * i; }));
  std::regex re("[A-Z]+");
  std::list<Order> pending{{"ABC", 1.5, 10}, {"XYZ", 2.5, 20}};
  for (const auto &o : pending)
    if (std::regex_match(o.symbol, re))
      b.add(o);
  std::variant<int, std::string> v = std::string("variant");
  std::any a = 42;
  std::optional<std::tuple<int, double>> t = std::make_tuple(1, 2.0);
  std::set<int> s{3, 1, 2};
  std::deque<int> d(s.begin(), s.end());
  std::mutex m;
  std::lock_guard<std::mutex> lock(m);
  std::shared_ptr<Order> sp = std::make_shared<Order>();
  std::function<int(int)> f = [&](int x) { return x + static_cast<int>(d.size()); };
  int total = 0;
  for (auto &fu : fs)
    total += fu.get();
  std::cout << describe(*sp) << total << f(1) << b.best_qty(1.5) << std::get<1>(v).size()
            << std::any_cast<int>(a) << std::get<0>(*t) << std::endl;
}
