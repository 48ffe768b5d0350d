// libFuzzer harness for HttpResponseParser: arbitrary bytes, split into arbitrary chunks, parsed as a stream of
// responses on one kept-alive connection (the parser is reset between them, as the native transport does).
// Besides the sanitizers it checks the parser's promises: consumed counts within the chunk, the kept body prefix
// within its limit, every stream ending in a response, an error or a truncation. Build with -DLOADSTUDIO_FUZZ=ON
// (clang); see docs/native-transport.md.

#include "HttpResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "HttpResponseParser broke a promise: %s\n", what);
        std::abort();
    }
}

void checkState(const ls::HttpResponseParser &parser, qint64 keep)
{
    check(parser.bodyPrefix().size() <= keep, "body prefix longer than the limit");
    check(parser.bodyBytes() >= parser.bodyPrefix().size(), "body count below the kept prefix");
}

} // namespace

// Input layout: byte 0 = options (bit 0: HEAD, bit 1: tiny prefix limit, bit 2: whole input in one chunk,
// bit 3: alternate HEAD between responses), byte 1 = seed for the chunk sizes, the rest = the byte stream.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t options = data[0];
    std::uint32_t rng = 0x9e3779b9u ^ (std::uint32_t(data[1]) * 2654435761u);
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const std::size_t length = size - 2;

    const qint64 keep = (options & 2) ? 7 : (1 << 20);
    bool head = options & 1;
    ls::HttpResponseParser parser(keep);
    parser.reset(head);
    int responses = 0;
    std::size_t at = 0;
    while (at < length) {
        rng = rng * 1103515245u + 12345u;
        std::size_t n = (options & 4) ? length - at : 1 + (rng >> 16) % 97;
        if (n > length - at)
            n = length - at;
        qsizetype used = -1;
        const auto result = parser.feed(bytes + at, qsizetype(n), &used);
        check(used >= 0 && std::size_t(used) <= n, "consumed count outside the chunk");
        check(parser.receivedAny(), "bytes fed but none seen");
        checkState(parser, keep);
        if (result == ls::HttpResponseParser::Result::Complete) {
            check(parser.status() >= 100 && parser.status() <= 999, "complete without a status");
            // A complete response stays complete: feeding more changes nothing.
            qsizetype again = -1;
            check(parser.feed(bytes + at, qsizetype(n), &again) == result && again == 0, "feed after complete");
            check(parser.finish() == result, "finish after complete");
            at += std::size_t(used);
            if (!parser.keepAlive() || ++responses > 16)
                return 0;
            if (options & 8)
                head = !head;
            (void)parser.takeBodyPrefix();
            parser.reset(head);
            continue;
        }
        if (result == ls::HttpResponseParser::Result::Error) {
            check(std::strncmp(parser.errorName(), "HPE_", 4) == 0, "error without a name");
            check(!parser.errorMessage().isEmpty(), "error without a message");
            check(parser.finish() == result, "finish after error");
            return 0;
        }
        check(result == ls::HttpResponseParser::Result::NeedMore, "truncated before the end");
        check(std::size_t(used) == n, "stopped early without a result");
        at += n;
    }
    const auto end = parser.finish();
    check(end != ls::HttpResponseParser::Result::NeedMore, "stream ended without a result");
    checkState(parser, keep);
    return 0;
}
