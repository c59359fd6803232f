// The in-memory file system a session's program sees: open(), os and
// os.path work on it, and the host pre-fills and reads back files through
// Session::add_file / Session::file. Paths are POSIX paths; relative ones
// resolve against `cwd`. File contents are bytes (UTF-8 text), held outside
// the object heap like files on a disk, so they do not count as program memory.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace yl {

// errno values the file functions report (Linux numbering, as CPython shows them).
enum FsErrno : int { kOk = 0, kENOENT = 2, kEEXIST = 17, kENOTDIR = 20, kEISDIR = 21, kEINVAL = 22, kENOTEMPTY = 39 };
const char* fs_strerror(int err);

class MemFS {
public:
  MemFS();

  std::string cwd = "/home/user";

  // `path` made absolute and normalised ("." and ".." resolved, no doubled '/').
  std::string resolve(const std::string& path) const;

  bool is_file(const std::string& path) const { return files_.count(resolve(path)) != 0; }
  bool is_dir(const std::string& path) const { return dirs_.count(resolve(path)) != 0; }
  bool exists(const std::string& path) const { return is_file(path) || is_dir(path); }

  // The content of a file, or null.
  const std::string* content(const std::string& path) const { return content_at(resolve(path)); }
  const std::string* content_at(const std::string& abs_path) const;
  // Creates or replaces a file; its directory must exist (else kENOENT, or
  // kEISDIR when `path` is a directory).
  int write(const std::string& path, const std::string& data);
  int append(const std::string& path, const std::string& data);
  // Creates the file and every missing parent directory (for hosts pre-filling files).
  void put(const std::string& path, const std::string& data);

  int remove(const std::string& path);                 // files only
  int mkdir(const std::string& path);
  int makedirs(const std::string& path, bool exist_ok);
  int rmdir(const std::string& path);
  int rename(const std::string& from, const std::string& to);
  int chdir(const std::string& path);
  // Names in a directory, sorted.
  int listdir(const std::string& path, std::vector<std::string>* names) const;

  // ---- buffered writers: what an open file has written but not flushed ----
  // CPython's text files buffer writes until flush/close (or the buffer
  // fills), so a program reading a file it has not closed sees the old
  // content; pending data lives here so the host can flush it at exit.
  uint64_t open_writer(const std::string& abs_path);
  // Queues text; flushes once more than kBufferSize bytes are waiting.
  void buffer(uint64_t writer, const std::string& data);
  void flush(uint64_t writer);
  void close_writer(uint64_t writer);                 // flushes, then forgets
  void flush_all();                                   // interpreter shutdown
  static constexpr size_t kBufferSize = 8192;

private:
  struct Writer { std::string path; std::string pending; };
  std::map<std::string, std::string> files_;          // absolute path -> content
  std::set<std::string> dirs_;                        // absolute paths
  std::map<uint64_t, Writer> writers_;
  uint64_t next_writer_ = 1;
  std::string parent(const std::string& abs) const;
};

}  // namespace yl
