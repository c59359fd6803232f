// A double-ended queue of Values in one circular buffer, the storage of
// collections.deque: O(1) pushes and pops at both ends, O(1) indexing, and a
// buffer allocated through the heap (so its capacity shows in the memory
// counters). The capacity is a power of two; it doubles when full and halves
// when a quarter full, so a deque that drained gives its memory back.
// The ring does not count references: it stores what it is given and hands
// back what it removes; its owner increfs and decrefs.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include "../heap.h"

namespace yl {

class ValueRing {
public:
  static constexpr size_t kMinCapacity = 8;

  ValueRing() = default;
  ValueRing(const ValueRing&) = delete;
  ValueRing& operator=(const ValueRing&) = delete;
  ~ValueRing() { if (buf_) g_heap->release(buf_, cap_ * sizeof(Value)); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return cap_; }
  size_t owned_bytes() const { return cap_ * sizeof(Value); }

  // i-th item from the left, 0 <= i < size().
  Value& operator[](size_t i) { return buf_[(head_ + i) & (cap_ - 1)]; }
  Value operator[](size_t i) const { return buf_[(head_ + i) & (cap_ - 1)]; }

  // May throw MemoryExhausted (before anything changed).
  void push_back(Value v) {
    reserve_one();
    buf_[(head_ + size_) & (cap_ - 1)] = v;
    ++size_;
  }
  void push_front(Value v) {
    reserve_one();
    head_ = (head_ + cap_ - 1) & (cap_ - 1);
    buf_[head_] = v;
    ++size_;
  }
  // Both require a non-empty ring.
  Value pop_back() {
    Value v = (*this)[size_ - 1];
    --size_;
    shrink_if_sparse();
    return v;
  }
  Value pop_front() {
    Value v = buf_[head_];
    head_ = (head_ + 1) & (cap_ - 1);
    --size_;
    shrink_if_sparse();
    return v;
  }

  // Moves the last n items to the front (n < 0: the first -n to the back),
  // shifting whichever side is shorter.
  void rotate(int64_t n) {
    if (size_ < 2) return;
    int64_t len = int64_t(size_);
    int64_t k = n % len;
    if (k < 0) k += len;            // right by k == left by len - k
    if (k == 0) return;
    if (k <= len / 2) {
      for (int64_t i = 0; i < k; ++i) {
        Value v = (*this)[size_ - 1];
        head_ = (head_ + cap_ - 1) & (cap_ - 1);
        buf_[head_] = v;  // the slot left of head is the vacated last slot when full
      }
    } else {
      for (int64_t i = 0; i < len - k; ++i) {
        Value v = buf_[head_];
        head_ = (head_ + 1) & (cap_ - 1);
        (*this)[size_ - 1] = v;
      }
    }
  }

  // Inserts v before item i (0 <= i <= size()), moving the shorter side.
  void insert(size_t i, Value v) {
    reserve_one();
    if (i < size_ / 2) {
      head_ = (head_ + cap_ - 1) & (cap_ - 1);
      ++size_;
      for (size_t j = 0; j < i; ++j) (*this)[j] = (*this)[j + 1];
    } else {
      ++size_;
      for (size_t j = size_ - 1; j > i; --j) (*this)[j] = (*this)[j - 1];
    }
    (*this)[i] = v;
  }
  // Removes item i and returns it.
  Value erase(size_t i) {
    Value v = (*this)[i];
    if (i < size_ / 2) {
      for (size_t j = i; j > 0; --j) (*this)[j] = (*this)[j - 1];
      head_ = (head_ + 1) & (cap_ - 1);
    } else {
      for (size_t j = i; j + 1 < size_; ++j) (*this)[j] = (*this)[j + 1];
    }
    --size_;
    shrink_if_sparse();
    return v;
  }

  void reverse() {
    for (size_t i = 0, j = size_; i + 1 < j; ++i, --j) std::swap((*this)[i], (*this)[j - 1]);
  }

  // Forgets every item (the caller has taken them) and frees the buffer.
  void reset() {
    if (buf_) g_heap->release(buf_, cap_ * sizeof(Value));
    buf_ = nullptr;
    cap_ = head_ = size_ = 0;
  }

private:
  void reserve_one() {
    if (size_ < cap_) return;
    reallocate(cap_ ? cap_ * 2 : kMinCapacity);
  }
  // Shrinking is optional: under the memory cap the smaller buffer may not be
  // available while the larger one is held, and then the ring keeps it.
  void shrink_if_sparse() {
    if (cap_ <= kMinCapacity || size_ > cap_ / 4) return;
    try {
      reallocate(cap_ / 2);
    } catch (const MemoryExhausted&) {
    }
  }
  // Moves the items to a new buffer of `n` slots, starting at slot 0.
  void reallocate(size_t n) {
    auto* nb = static_cast<Value*>(g_heap->allocate(n * sizeof(Value)));
    for (size_t i = 0; i < size_; ++i) nb[i] = (*this)[i];
    if (buf_) g_heap->release(buf_, cap_ * sizeof(Value));
    buf_ = nb;
    cap_ = n;
    head_ = 0;
  }

  Value* buf_ = nullptr;
  size_t cap_ = 0, head_ = 0, size_ = 0;
};

}  // namespace yl
