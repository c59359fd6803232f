// Task: a native function written as a C++20 coroutine. Natives that must run
// Python code (list(gen), sum(gen), sorted(key=f), map, zip, itertools ...)
// await it through the VM's frame stack instead of recursing on the C++
// stack, so the VM can pause inside the Python code they drive.
#pragma once
#include <exception>
#if __has_include(<coroutine>)
#include <coroutine>
namespace yl { namespace coro = std; }
#else
#include <experimental/coroutine>  // Emscripten 3.1.6's libc++
namespace yl { namespace coro = std::experimental; }
#endif
#include "value.h"

namespace yl {

struct NativeFrame;

struct Task {
  struct promise_type {
    Value result;            // owned: the co_return'ed or co_yield'ed value
    bool yielded = false;    // result came from co_yield (native iterators)
    std::exception_ptr error;
    NativeFrame* frame = nullptr;  // the frame this coroutine runs as

    Task get_return_object() { return Task(Handle::from_promise(*this)); }
    coro::suspend_always initial_suspend() noexcept { return {}; }
    coro::suspend_always final_suspend() noexcept { return {}; }
    // A native iterator co_returns Value::null() when it is exhausted.
    void return_value(Value v) { result = v; yielded = false; }
    coro::suspend_always yield_value(Value v) { result = v; yielded = true; return {}; }
    void unhandled_exception() { error = std::current_exception(); }
  };
  using Handle = coro::coroutine_handle<promise_type>;

  explicit Task(Handle h) : h(h) {}
  Task(Task&& o) noexcept : h(o.h) { o.h = nullptr; }
  Task& operator=(Task&& o) noexcept { std::swap(h, o.h); return *this; }
  Task(const Task&) = delete;
  ~Task() { if (h) h.destroy(); }

  Handle h;
};

}  // namespace yl
