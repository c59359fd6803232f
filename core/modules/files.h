// Text files: open() over the VM's in-memory file system (fs.h), the file
// objects it returns (TextIOWrapper) and the standard streams behind
// sys.stdout, sys.stderr and sys.stdin (which reads the text input() reads).
#pragma once
#include "../vm.h"

namespace yl {

struct FileObj : Object {
  enum Kind : uint8_t { Disk, Stdout, Stderr, Stdin };
  Kind kind;
  std::shared_ptr<MemFS> fs;   // Disk files: where the data lives
  std::string path;            // Disk files: the absolute path
  Value name;                  // owned: what open() was given, or "<stdout>" ...
  std::string mode, encoding;
  bool readable = false, writable = false, closed = false;
  bool translate = true;       // universal newlines when reading (newline=None)
  uint64_t writer = 0;         // MemFS writer holding unflushed writes
  size_t pos = 0;              // Disk files: read position in bytes
  FileObj(Type* t, Kind k) : Object(t), kind(k) {}
  ~FileObj() override;         // flushes like CPython's dealloc does
};

// open(), TextIOWrapper and the OSError subclasses; run at VM start.
void install_files(VM& vm);
// A new standard stream object (Stdout, Stderr or Stdin).
Ref new_stream(VM& vm, FileObj::Kind kind);
// print()'s output: a file object takes the text directly, anything else
// gets it through its write() method. A null `file` means sys.stdout.
void write_to(VM& vm, Value file, std::string_view text);

}  // namespace yl
