// The queue module: Queue (first in, first out), LifoQueue and
// PriorityQueue for handing work between cooperative threads. A get() on an
// empty queue or a put() on a full one waits on the scheduler
// (vm_threads.h) until another thread puts or takes an item, or its timeout
// passes on the virtual clock; task_done()/join() count the unfinished items.
// PriorityQueue keeps its items as a binary heap with heapq's sift rules, so
// equal priorities come out in the order CPython gives.
#include "../objects/collections_ops.h"
#include "params.h"
#include "threading.h"
#include "value_ring.h"

namespace yl {

namespace {

enum class Order : uint8_t { Fifo, Lifo, Priority };

struct QueueObj : Object {
  ValueRing items;               // owned references
  int64_t maxsize = 0;           // <= 0: unbounded
  int64_t unfinished = 0;        // put() calls not yet matched by task_done()
  Order order = Order::Fifo;
  // What waiting threads wait for (addresses only).
  char not_empty = 0, not_full = 0, all_done = 0;
  explicit QueueObj(Type* t) : Object(t) {}
  ~QueueObj() override { clear(); }
  void traverse(Visitor& v) override { for (size_t i = 0; i < items.size(); ++i) v.visit(items[i]); }
  void clear() override {
    while (!items.empty()) decref(items.pop_back());
  }
  size_t owned_bytes() const override { return items.owned_bytes(); }
  bool full() const { return maxsize > 0 && int64_t(items.size()) >= maxsize; }
};

QueueObj* self_of(VM& vm, CallArgs& a, const char* method) {
  auto* q = a.n && a[0].is_obj() ? dynamic_cast<QueueObj*>(a[0].as_obj()) : nullptr;
  if (!q) vm.type_error(std::string("descriptor '") + method + "' requires a 'Queue' object");
  return q;
}

// ---- the heap of a PriorityQueue (heapq's _siftdown / _siftup) ----

void sift_down(VM& vm, ValueRing& h, size_t start, size_t pos) {
  Value item = h[pos];
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!vm.less(item, h[parent])) break;
    h[pos] = h[parent];
    pos = parent;
  }
  h[pos] = item;
}

void sift_up(VM& vm, ValueRing& h, size_t pos) {
  size_t end = h.size(), start = pos;
  Value item = h[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end && !vm.less(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  sift_down(vm, h, start, pos);
}

void add_item(VM& vm, QueueObj* q, Value v) {
  incref(v);
  q->items.push_back(v);
  if (q->order == Order::Priority) {
    try { sift_down(vm, q->items, 0, q->items.size() - 1); }
    catch (...) { decref(q->items.pop_back()); throw; }  // the comparison failed: as if never put
  }
}

Value take_item(VM& vm, QueueObj* q) {
  switch (q->order) {
    case Order::Fifo: return q->items.pop_front();
    case Order::Lifo: return q->items.pop_back();
    case Order::Priority: break;
  }
  Value last = q->items.pop_back();
  if (q->items.empty()) return last;
  Value top = q->items[0];
  q->items[0] = last;
  sift_up(vm, q->items, 0);
  return top;
}

[[noreturn]] void raise_queue_error(VM& vm, const char* name) {
  Ref cls = vm.getattr(vm.import_module("queue").get(), vm.intern(name));
  Ref exc = vm.call_sync(cls.get(), {});
  vm.raise_value(exc.get());
}

// put/get's (block, timeout): the deadline to wait until, kNoTimeout for
// none, or -1 for "do not wait" (the virtual clock starts at 0, so real
// deadlines are never negative).
int64_t wait_deadline(VM& vm, Value block, Value timeout) {
  if (!block.is_null() && !vm.truthy(block)) return -1;
  if (timeout.is_null() || timeout.is_none()) return kNoTimeout;
  int64_t ns = timeout_ns(vm, timeout);
  if (ns < 0) vm.raise(vm.e_value, "'timeout' must be a non-negative number");
  return deadline_after(vm, ns);
}

// ---------------------------------------------------------------- methods

Value q_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  auto p = bind_params(vm, a, {"Queue.__init__", {"maxsize"}, 0, 1, true});
  auto* q = make<QueueObj>(t);
  Ref hold(q);
  q->maxsize = p[0].is_null() ? 0 : vm.index_of(p[0]);
  for (Type* k : t->mro) {
    if (k->name == "LifoQueue") { q->order = Order::Lifo; break; }
    if (k->name == "PriorityQueue") { q->order = Order::Priority; break; }
  }
  return hold.release();
}

// The waiting part of put(): runs as the native's coroutine, owning what it uses.
Task put_task(VM& vm, Ref keep, QueueObj* q, Ref item, int64_t deadline) {
  while (q->full()) {
    int64_t left = deadline < 0 ? 0 : time_left(vm, deadline);
    if (left <= 0) raise_queue_error(vm, "Full");
    co_await WaitOn{vm, &q->not_full, "queue", left};
  }
  add_item(vm, q, item.get());
  ++q->unfinished;
  scheduler(vm).notify(&q->not_empty, 1);
  co_return Value::none();
}

Task get_task(VM& vm, Ref keep, QueueObj* q, int64_t deadline) {
  while (q->items.empty()) {
    int64_t left = deadline < 0 ? 0 : time_left(vm, deadline);
    if (left <= 0) raise_queue_error(vm, "Empty");
    co_await WaitOn{vm, &q->not_empty, "queue", left};
  }
  Value item = take_item(vm, q);
  scheduler(vm).notify(&q->not_full, 1);
  co_return item;
}

// put(item, block=True, timeout=None)
Task q_put(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "put");
  auto p = bind_params(vm, a, {"Queue.put", {"item", "block", "timeout"}, 1, 3, true});
  return put_task(vm, Ref::borrow(a[0]), q, Ref::borrow(p[0]), wait_deadline(vm, p[1], p[2]));
}

// get(block=True, timeout=None)
Task q_get(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "get");
  auto p = bind_params(vm, a, {"Queue.get", {"block", "timeout"}, 0, 2, true});
  return get_task(vm, Ref::borrow(a[0]), q, wait_deadline(vm, p[0], p[1]));
}

// put_nowait(item) / get_nowait(): put or get with block=False.
Task q_put_nowait(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "put_nowait");
  auto p = bind_params(vm, a, {"Queue.put_nowait", {"item"}, 1, 1, true});
  return put_task(vm, Ref::borrow(a[0]), q, Ref::borrow(p[0]), -1);
}

Task q_get_nowait(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "get_nowait");
  bind_params(vm, a, {"Queue.get_nowait", {}, 0, 0, true});
  return get_task(vm, Ref::borrow(a[0]), q, -1);
}

Value q_task_done(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "task_done");
  bind_params(vm, a, {"Queue.task_done", {}, 0, 0, true});
  if (q->unfinished <= 0) vm.raise(vm.e_value, "task_done() called too many times");
  if (--q->unfinished == 0) scheduler(vm).notify(&q->all_done);
  return Value::none();
}

Task q_join(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "join");
  bind_params(vm, a, {"Queue.join", {}, 0, 0, true});
  Ref keep = Ref::borrow(a[0]);
  while (q->unfinished > 0) co_await WaitOn{vm, &q->all_done, "queue", kNoTimeout};
  co_return Value::none();
}

Value q_qsize(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "qsize");
  bind_params(vm, a, {"Queue.qsize", {}, 0, 0, true});
  return Value::small(int64_t(q->items.size()));
}
Value q_empty(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "empty");
  bind_params(vm, a, {"Queue.empty", {}, 0, 0, true});
  return Value::boolean(q->items.empty());
}
Value q_full(VM& vm, CallArgs& a) {
  QueueObj* q = self_of(vm, a, "full");
  bind_params(vm, a, {"Queue.full", {}, 0, 0, true});
  return Value::boolean(q->full());
}
Value q_maxsize(VM& vm, CallArgs& a) { return vm.from_int64(self_of(vm, a, "maxsize")->maxsize).release(); }
Value q_unfinished(VM& vm, CallArgs& a) { return vm.from_int64(self_of(vm, a, "unfinished_tasks")->unfinished).release(); }

Type* queue_exception(VM& vm, Value mod, const char* name, const char* module) {
  Type* t = vm.new_builtin_type(name, Layout::Exception, vm.e_exception);
  t->builtin = false;  // shown with its module in tracebacks: _queue.Empty, queue.Full
  Ref keep(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern(module));
  module_set(vm, mod, name, Value::obj(t));
  return t;
}

}  // namespace

Ref make_queue(VM& vm) {
  Ref mod = new_module(vm, "queue");
  // Waiting needs the scheduler, which importing threading creates.
  vm.import_module("threading");
  queue_exception(vm, mod.get(), "Empty", "_queue");
  queue_exception(vm, mod.get(), "Full", "queue");
  Type* queue = vm.new_builtin_type("Queue", Layout::Object, vm.t_object);
  Ref keep(queue);
  dict_set(vm, queue->dict, vm.intern("__module__"), vm.intern("queue"));
  add_method(vm, queue, "__new__", q_new);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"task_done", q_task_done}, {"qsize", q_qsize}, {"empty", q_empty}, {"full", q_full}})
    add_method(vm, queue, name, fn);
  for (auto [name, co] : std::initializer_list<std::pair<const char*, NativeCo>>{
           {"put", q_put}, {"get", q_get}, {"put_nowait", q_put_nowait}, {"get_nowait", q_get_nowait}, {"join", q_join}})
    add_method_co(vm, queue, name, co);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"maxsize", q_maxsize}, {"unfinished_tasks", q_unfinished}}) {
    Ref getter = vm.new_native(name, fn, "Queue");
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, queue->dict, vm.intern(name), prop.get());
  }
  module_set(vm, mod.get(), "Queue", Value::obj(queue));
  for (const char* name : {"LifoQueue", "PriorityQueue"}) {
    Type* t = vm.new_builtin_type(name, Layout::Object, queue);
    Ref keep_sub(t);
    dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("queue"));
    module_set(vm, mod.get(), name, Value::obj(t));
  }
  return mod;
}

}  // namespace yl
