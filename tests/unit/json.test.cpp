#include <catch2/catch.hpp>

#include "json.h"

using yl::Json;

TEST_CASE("json: commas between members and elements, nesting", "[json]") {
  Json j;
  j.begin_object().key("a").num(1).key("b").begin_array().num(2).boolean(true).null().end_array()
      .key("c").begin_object().end_object().key("d").raw("[1,2]").end_object();
  CHECK(j.text() == R"({"a":1,"b":[2,true,null],"c":{},"d":[1,2]})");
}

TEST_CASE("json: strings keep plain runs and escape what JSON requires", "[json]") {
  CHECK(Json::quoted("") == "\"\"");
  CHECK(Json::quoted("plain text") == "\"plain text\"");
  CHECK(Json::quoted("say \"hi\"\\") == R"("say \"hi\"\\")");
  CHECK(Json::quoted("a\nb\rc\td") == R"("a\nb\rc\td")");
  CHECK(Json::quoted(std::string("x\x01y\x1f", 4)) == R"("x\u0001y\u001f")");
  CHECK(Json::quoted(std::string("nul\0end", 7)) == R"("nul\u0000end")");
  CHECK(Json::quoted("caf\xC3\xA9 \xE2\x86\x92") == "\"caf\xC3\xA9 \xE2\x86\x92\"");  // UTF-8 passes through
}

TEST_CASE("json: numbers print as integers when whole, else round-trip", "[json]") {
  Json j;
  j.begin_array().num(0).num(-42).num(1e15).num(0.5).num(0.1).end_array();
  CHECK(j.text() == "[0,-42,1000000000000000,0.5,0.10000000000000001]");
}

TEST_CASE("json: an answer longer than the reserved room", "[json]") {
  std::string big(1000, 'z');
  Json j;
  j.begin_object().key("stdout").str(big).end_object();
  CHECK(j.text() == "{\"stdout\":\"" + big + "\"}");
}
