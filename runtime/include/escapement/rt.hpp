// Escapement reference runtime: everything in namespace esc::rt.
// Design and invariants: docs/runtime/design.md and the head of each file.
#ifndef ESCAPEMENT_RT_HPP
#define ESCAPEMENT_RT_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/alloc.hpp>
#include <escapement/rt/arena.hpp>
#include <escapement/rt/blocking.hpp>
#include <escapement/rt/channel.hpp>
#include <escapement/rt/pin.hpp>
#include <escapement/rt/scheduler.hpp>
#include <escapement/rt/task.hpp>
#include <escapement/rt/timer.hpp>
#include <escapement/rt/wait_group.hpp>
#include <escapement/trace.hpp>

#endif
