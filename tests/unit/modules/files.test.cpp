// The in-memory file system (fs.h) and the Session API around it: files a
// host pre-fills, files a program writes (buffered until closed, flushed when
// the program ends), and standard input supplied as text.
#include <catch2/catch.hpp>

#include "fs.h"
#include "run_program.h"

using yl::MemFS;

TEST_CASE("MemFS resolves paths against the working directory", "[modules][fs]") {
  MemFS fs;
  CHECK(fs.resolve("a.txt") == "/home/user/a.txt");
  CHECK(fs.resolve("./x/../y//z/.") == "/home/user/y/z");
  CHECK(fs.resolve("/../..") == "/");
  CHECK(fs.resolve("../other") == "/home/other");
  CHECK(fs.chdir("/tmp") == yl::kOk);
  CHECK(fs.resolve("b") == "/tmp/b");
  CHECK(fs.chdir("/nowhere") == yl::kENOENT);
}

TEST_CASE("MemFS files and directories", "[modules][fs]") {
  MemFS fs;
  CHECK(fs.write("a.txt", "one") == yl::kOk);
  CHECK(fs.append("a.txt", "+two") == yl::kOk);
  REQUIRE(fs.content("/home/user/a.txt") != nullptr);
  CHECK(*fs.content("a.txt") == "one+two");
  CHECK(fs.write("missing/b.txt", "x") == yl::kENOENT);
  CHECK(fs.write("a.txt/b.txt", "x") == yl::kENOTDIR);
  CHECK(fs.mkdir("d") == yl::kOk);
  CHECK(fs.mkdir("d") == yl::kEEXIST);
  CHECK(fs.write("d", "x") == yl::kEISDIR);
  CHECK(fs.write("d/b.txt", "x") == yl::kOk);
  CHECK(fs.rmdir("d") == yl::kENOTEMPTY);
  std::vector<std::string> names;
  CHECK(fs.listdir(".", &names) == yl::kOk);
  CHECK(names == std::vector<std::string>{"a.txt", "d"});
  CHECK(fs.rename("d/b.txt", "c.txt") == yl::kOk);
  CHECK(fs.remove("d/b.txt") == yl::kENOENT);
  CHECK(fs.rmdir("d") == yl::kOk);
  CHECK(fs.makedirs("p/q/r", false) == yl::kOk);
  CHECK(fs.makedirs("p/q", false) == yl::kEEXIST);
  CHECK(fs.makedirs("p/q", true) == yl::kOk);
  fs.put("/srv/data/in.txt", "pre");
  CHECK(fs.is_dir("/srv/data"));
  CHECK(*fs.content("/srv/data/in.txt") == "pre");
}

TEST_CASE("MemFS writers buffer until flushed", "[modules][fs]") {
  MemFS fs;
  fs.write("log.txt", "");
  uint64_t w = fs.open_writer(fs.resolve("log.txt"));
  fs.buffer(w, "hello");
  CHECK(fs.content("log.txt")->empty());
  fs.flush(w);
  CHECK(*fs.content("log.txt") == "hello");
  fs.buffer(w, std::string(MemFS::kBufferSize + 1, 'x'));
  CHECK(fs.content("log.txt")->size() == 5 + MemFS::kBufferSize + 1);
  fs.buffer(w, "tail");
  fs.flush_all();
  CHECK(fs.content("log.txt")->size() == 5 + MemFS::kBufferSize + 1 + 4);
  fs.close_writer(w);
}

TEST_CASE("Session: pre-filled files are readable, written files come back", "[modules][session]") {
  yl::Session s;
  s.add_file("data/numbers.txt", "1\n2\r\n3\n");
  std::string out = modtest::run(s, R"py(
import os
with open("data/numbers.txt") as f:
    print([int(line) for line in f])
with open("out.txt", "w") as f:
    f.write("written\n")
kept = open("kept.txt", "w")
kept.write("never closed")
print(open("kept.txt").read() == "", sorted(os.listdir(".")))
)py");
  CHECK(out == "[1, 2, 3]\nTrue ['data', 'kept.txt', 'out.txt']\n");
  CHECK(s.file("out.txt") == "written\n");
  CHECK(s.file("/home/user/out.txt") == "written\n");
  // A file left open is flushed when the program ends, as at interpreter exit.
  CHECK(s.file("kept.txt") == "never closed");
  CHECK(s.has_file("kept.txt"));
  CHECK_FALSE(s.has_file("nothing.txt"));
  CHECK(s.file("nothing.txt").empty());
}

TEST_CASE("Session: stdin text feeds input() and sys.stdin, then EOFError", "[modules][session]") {
  yl::Session s;
  s.set_stdin("Ada\r\nsecond line\nlast without newline");
  std::string out = modtest::run(s, R"py(
import sys
print(repr(input("name? ")))
print(repr(sys.stdin.readline()))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
)py");
  CHECK(out == "name? 'Ada'\n'second line\\n'\n'last without newline'\nmore? EOFError: EOF when reading a line\n");
}
