// The heap object header, reference counting, and the RAII handle `Ref`.
// Every heap object derives from Object and is created with `make<T>(...)`,
// which goes through the heap's accounting (see heap.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include "value.h"

namespace yl {

struct Type;

// Called by traverse() for each reference an object owns; the cycle
// collector uses it to find references that come from inside the heap.
struct Visitor {
  virtual void visit(Value v) = 0;
  virtual ~Visitor() = default;
};

struct Object {
  uint32_t rc = 1;
  int32_t gc_refs = 0;    // scratch space for the cycle collector
  Type* type;
  Object* heap_prev = nullptr;  // every live object is on the heap's list, so
  Object* heap_next = nullptr;  // memory can be broken down by type at any time
  size_t alloc_size = 0;        // bytes of the object itself, as accounted

  explicit Object(Type* t) : type(t) {}
  virtual ~Object() = default;
  // References this object holds (for cycle collection).
  virtual void traverse(Visitor&) {}
  // Drops every reference this object holds (breaks a garbage cycle).
  virtual void clear() {}
  // Bytes owned outside the object itself (buffers, at their capacity).
  virtual size_t owned_bytes() const { return 0; }
  // True when freeing must first run Python code (a suspended generator
  // with a pending finally); the heap then queues it for the VM.
  virtual bool needs_finalizer() const { return false; }
};

// heap.cpp: frees without recursing deeply. noexcept, as freeing never runs
// Python code (finalizers are queued for the VM): a decref is then a call
// that cannot throw, and the wasm build needs no cleanup landing pad around
// it for the Refs alive at that point (run_python's wasm body 7% smaller).
void destroy_object(Object* o) noexcept;

inline void incref(Value v) { if (v.is_obj()) ++v.as_obj()->rc; }
inline void decref(Value v) {
  if (v.is_obj()) { Object* o = v.as_obj(); if (--o->rc == 0) destroy_object(o); }
}
inline void incref(Object* o) { ++o->rc; }
inline void decref(Object* o) { if (--o->rc == 0) destroy_object(o); }
inline void xdecref(Object* o) { if (o) decref(o); }

// Owning handle: holds one reference.
class Ref {
public:
  Ref() = default;
  // Takes over a reference the caller already owns.
  YL_ALWAYS_INLINE static Ref steal(Value v) { Ref r; r.v_ = v; return r; }
  // Adds a reference of its own.
  static Ref borrow(Value v) { incref(v); return steal(v); }
  YL_ALWAYS_INLINE explicit Ref(Object* o) : v_(Value::obj(o)) {}  // steals a fresh object
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  YL_ALWAYS_INLINE Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value::null(); }
  Ref& operator=(Ref o) { std::swap(v_, o.v_); return *this; }
  ~Ref() { decref(v_); }
  // The accessors and moves always inline, as Value's members do; the
  // reference-counting ones are left to the compiler (forcing those grew
  // the wasm build by 12 KB).
  YL_ALWAYS_INLINE Value get() const { return v_; }
  YL_ALWAYS_INLINE Value release() { Value v = v_; v_ = Value::null(); return v; }
  YL_ALWAYS_INLINE bool is_null() const { return v_.is_null(); }
  template <class T> YL_ALWAYS_INLINE T* as() const { return static_cast<T*>(v_.as_obj()); }
private:
  Value v_;
};

}  // namespace yl
