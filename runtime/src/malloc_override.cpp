// escapement_rt_malloc: global operator new/delete served by the size-class
// allocator, without tracing. Link the object library to install it.
#include <escapement/rt/alloc.hpp>

#define ESC_OV_ALLOC(n) ::esc::rt::alloc(n)
#define ESC_OV_ALLOC_ALIGNED(n, a) ::esc::rt::alloc_aligned(n, a)
#define ESC_OV_FREE(p) ::esc::rt::free(p)
#define ESC_OV_FREE_SIZED(p, n) ::esc::rt::free(p, n)
#include "new_delete.inc"
