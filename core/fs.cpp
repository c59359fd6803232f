#include "fs.h"

namespace yl {

const char* fs_strerror(int err) {
  switch (err) {
    case kENOENT: return "No such file or directory";
    case kEEXIST: return "File exists";
    case kENOTDIR: return "Not a directory";
    case kEISDIR: return "Is a directory";
    case kEINVAL: return "Invalid argument";
    case kENOTEMPTY: return "Directory not empty";
    default: return "Unknown error";
  }
}

MemFS::MemFS() {
  for (const char* d : {"/", "/home", "/home/user", "/tmp"}) dirs_.insert(d);
}

std::string MemFS::resolve(const std::string& path) const {
  std::string full = !path.empty() && path[0] == '/' ? path : cwd + "/" + path;
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= full.size()) {
    size_t j = full.find('/', i);
    if (j == std::string::npos) j = full.size();
    std::string part = full.substr(i, j - i);
    if (part == "..") { if (!parts.empty()) parts.pop_back(); }
    else if (!part.empty() && part != ".") parts.push_back(part);
    i = j + 1;
  }
  std::string out;
  for (auto& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

std::string MemFS::parent(const std::string& abs) const {
  size_t slash = abs.rfind('/');
  return slash == 0 ? "/" : abs.substr(0, slash);
}

const std::string* MemFS::content_at(const std::string& abs_path) const {
  auto it = files_.find(abs_path);
  return it == files_.end() ? nullptr : &it->second;
}

int MemFS::write(const std::string& path, const std::string& data) {
  std::string abs = resolve(path);
  if (dirs_.count(abs)) return kEISDIR;
  std::string dir = parent(abs);
  if (files_.count(dir)) return kENOTDIR;
  if (!dirs_.count(dir)) return kENOENT;
  files_[abs] = data;
  return kOk;
}

int MemFS::append(const std::string& path, const std::string& data) {
  std::string abs = resolve(path);
  auto it = files_.find(abs);
  if (it == files_.end()) return write(abs, data);
  it->second += data;
  return kOk;
}

void MemFS::put(const std::string& path, const std::string& data) {
  std::string abs = resolve(path);
  for (std::string d = parent(abs); !dirs_.count(d); d = parent(d)) dirs_.insert(d);
  files_[abs] = data;
}

int MemFS::remove(const std::string& path) {
  std::string abs = resolve(path);
  if (dirs_.count(abs)) return kEISDIR;
  return files_.erase(abs) ? kOk : kENOENT;
}

int MemFS::mkdir(const std::string& path) {
  std::string abs = resolve(path);
  if (dirs_.count(abs) || files_.count(abs)) return kEEXIST;
  if (!dirs_.count(parent(abs))) return files_.count(parent(abs)) ? kENOTDIR : kENOENT;
  dirs_.insert(abs);
  return kOk;
}

int MemFS::makedirs(const std::string& path, bool exist_ok) {
  std::string abs = resolve(path);
  if (files_.count(abs)) return kEEXIST;
  if (dirs_.count(abs)) return exist_ok ? kOk : kEEXIST;
  std::vector<std::string> missing;
  for (std::string d = abs; !dirs_.count(d); d = parent(d)) {
    if (files_.count(d)) return kENOTDIR;
    missing.push_back(d);
  }
  for (auto& d : missing) dirs_.insert(d);
  return kOk;
}

int MemFS::rmdir(const std::string& path) {
  std::string abs = resolve(path);
  if (files_.count(abs)) return kENOTDIR;
  if (!dirs_.count(abs)) return kENOENT;
  std::string prefix = abs == "/" ? "/" : abs + "/";
  auto under = [&](const std::string& p) { return p.compare(0, prefix.size(), prefix) == 0; };
  auto f = files_.lower_bound(prefix);
  auto d = dirs_.upper_bound(abs);
  if ((f != files_.end() && under(f->first)) || (d != dirs_.end() && under(*d))) return kENOTEMPTY;
  dirs_.erase(abs);
  return kOk;
}

int MemFS::rename(const std::string& from, const std::string& to) {
  std::string a = resolve(from), b = resolve(to);
  auto it = files_.find(a);
  if (it == files_.end()) return dirs_.count(a) ? kEISDIR : kENOENT;
  if (dirs_.count(b)) return kEISDIR;
  if (!dirs_.count(parent(b))) return kENOENT;
  std::string data = std::move(it->second);
  files_.erase(it);
  files_[b] = std::move(data);
  return kOk;
}

int MemFS::chdir(const std::string& path) {
  std::string abs = resolve(path);
  if (files_.count(abs)) return kENOTDIR;
  if (!dirs_.count(abs)) return kENOENT;
  cwd = abs;
  return kOk;
}

int MemFS::listdir(const std::string& path, std::vector<std::string>* names) const {
  std::string abs = resolve(path);
  if (files_.count(abs)) return kENOTDIR;
  if (!dirs_.count(abs)) return kENOENT;
  std::string prefix = abs == "/" ? "/" : abs + "/";
  std::set<std::string> found;
  auto direct = [&](const std::string& p) {
    if (p.size() <= prefix.size() || p.compare(0, prefix.size(), prefix) != 0) return;
    if (p.find('/', prefix.size()) == std::string::npos) found.insert(p.substr(prefix.size()));
  };
  for (auto& [p, data] : files_) direct(p);
  for (auto& d : dirs_) direct(d);
  names->assign(found.begin(), found.end());
  return kOk;
}

uint64_t MemFS::open_writer(const std::string& abs_path) {
  uint64_t id = next_writer_++;
  writers_[id] = Writer{abs_path, ""};
  return id;
}

void MemFS::buffer(uint64_t writer, const std::string& data) {
  auto it = writers_.find(writer);
  if (it == writers_.end()) return;
  it->second.pending += data;
  if (it->second.pending.size() > kBufferSize) flush(writer);
}

void MemFS::flush(uint64_t writer) {
  auto it = writers_.find(writer);
  if (it == writers_.end() || it->second.pending.empty()) return;
  // The file was created at open(); a write after it was removed recreates
  // it, which is close enough to writing to an unlinked inode.
  append(it->second.path, it->second.pending);
  it->second.pending.clear();
}

void MemFS::close_writer(uint64_t writer) {
  flush(writer);
  writers_.erase(writer);
}

void MemFS::flush_all() {
  for (auto& [id, w] : writers_) flush(id);
}

}  // namespace yl
