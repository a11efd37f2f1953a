// A real-world pattern: logging from a nonblocking handler. spdlog's
// thread-safe ("_mt") pieces guard their state with a std::mutex, so a log
// call or a flush from the hot path can wait for another thread.
#include <escapement/annotations.hpp>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

struct Handler {
  std::shared_ptr<spdlog::logger> Log;
  ESC_NONBLOCKING void on_tick(int Seq) { Log->info("tick {}", Seq); }
};

ESC_NONBLOCKING void on_flush(spdlog::sinks::basic_file_sink_mt &Sink) { Sink.flush(); }

int main() {
  Handler H{spdlog::default_logger()};
  H.on_tick(1);
}
