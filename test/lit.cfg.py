# lit configuration for Escapement's check and driver tests.
import os
import lit.formats

config.name = "Escapement"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "lib", "fuzz", "CMakeLists.txt", "unit", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.escapement_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.escapement_bin_dir, config.environment.get("PATH", "")])
# Diagnostics must not depend on the terminal or the user's locale.
config.environment["LC_ALL"] = "C"
for var in ("HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The npm tools set-up installed (scripts/install-npm-tools.sh owns the rule
# for where): tests read them there and never install.
import subprocess
config.environment["ESCAPEMENT_NPM_DIR"] = subprocess.run(
    ["bash", os.path.join(config.escapement_src_root, "scripts", "install-npm-tools.sh"), "--print-dir"],
    check=True, capture_output=True, text=True).stdout.strip()

# A sanitized build's clang-tidy plugin cannot load into Debian's
# uninstrumented clang-tidy (its sanitizer runtime is missing there).
if getattr(config, "sanitizers", ""):
    config.available_features.add("sanitizers")

# Real-code tests need the headers of the codebase they analyze.
if os.path.exists("/usr/include/asio.hpp"):
    config.available_features.add("asio")
if os.path.exists("/usr/include/fmt/format.h") and os.path.exists("/usr/include/spdlog/spdlog.h"):
    config.available_features.add("fmt-spdlog")

annotations = os.path.join(config.escapement_src_root, "runtime", "include")
config.substitutions.append(("%escapement", os.path.join(config.escapement_bin_dir, "escapement")))
config.substitutions.append(("%annotations", annotations))
# The usual flags of a check test: C++20 and the annotations header.
config.substitutions.append(("%cxxflags", "-std=c++20 -I" + annotations))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%tidy-plugin", os.path.join(config.escapement_obj_root, "lib",
                                                          "libEscapementTidyPlugin.so")))
# %exit N cmd: succeeds only if cmd exits with status N.
config.substitutions.append(("%exit", config.python_executable + " " +
                             os.path.join(config.escapement_src_root, "test", "lib", "expect_exit.py")))
# %check_escapement SOURCE CHECKS TEMP [-- ESCAPEMENT-ARGS] -- COMPILER-ARGS: one
# run, its CHECK-MESSAGES / CHECK-NOTES / CHECK-FIXES (test/lib/check_escapement.py).
config.environment["ESCAPEMENT"] = os.path.join(config.escapement_bin_dir, "escapement")
config.environment["FILECHECK"] = os.path.join(config.llvm_tools_dir, "FileCheck")
config.substitutions.append(("%check_escapement", config.python_executable + " " +
                             os.path.join(config.escapement_src_root, "test", "lib", "check_escapement.py")))
config.substitutions.append(("%srcroot", config.escapement_src_root))
config.substitutions.append(("%bindir", config.escapement_bin_dir))

# escapement-clangd is built only with -DESC_BUILD_CLANGD=ON.
if os.path.exists(os.path.join(config.escapement_bin_dir, "escapement-clangd")):
    config.available_features.add("clangd")
# Editors tried headless against it (installed by scripts/install-deps.sh).
import shutil
if shutil.which("nvim"):
    config.available_features.add("neovim")
if shutil.which("emacs") and os.path.isdir("/usr/share/emacs/site-lisp/elpa-src") and any(
        d.startswith("eglot-") for d in os.listdir("/usr/share/emacs/site-lisp/elpa-src")):
    config.available_features.add("emacs-eglot")
