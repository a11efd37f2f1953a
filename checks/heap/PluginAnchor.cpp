// The clang-tidy plugin is the checks and core archives linked whole; CMake
// needs one source file of the module's own.
namespace esc {
extern "C" const char *escapement_plugin_version() { return "0.1.0"; }
} // namespace esc
