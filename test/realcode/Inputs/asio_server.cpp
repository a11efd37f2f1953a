// A real codebase through its headers: Boost-free standalone Asio (Debian's
// libasio-dev), instantiated the way a small TCP echo server does. The
// per-read completion handler is declared no-alloc; posting work and
// re-arming a timer inside it are the classic hidden costs.
#include <escapement/annotations.hpp>

#include <asio.hpp>

#include <array>
#include <chrono>
#include <memory>

using asio::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(tcp::socket s) : socket_(std::move(s)), timer_(socket_.get_executor()) {}

  void start() { read(); }

private:
  void read() {
    auto self = shared_from_this();
    socket_.async_read_some(asio::buffer(buf_), [this, self](std::error_code ec, std::size_t n) {
      on_read(ec, n);
    });
  }

  ESC_NOALLOC void on_read(std::error_code ec, std::size_t n) {
    if (ec)
      return;
    timer_.expires_after(std::chrono::seconds(30));
    asio::post(socket_.get_executor(), [n] { (void)n; });
    (void)n;
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  std::array<char, 1024> buf_{};
};

int main() {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  acceptor.async_accept([](std::error_code ec, tcp::socket s) {
    if (!ec)
      std::make_shared<Session>(std::move(s))->start();
  });
  io.run_for(std::chrono::milliseconds(1));
}
