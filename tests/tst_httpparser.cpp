// HttpResponseParser on its own (the native transport's response parser over libhttp-parser): a table of valid and
// broken responses fed at once and in odd pieces, oversized headers, the end of a response on a kept-alive
// stream, the body prefix limit, reuse, and random mutations of valid responses.

#include "HttpResponseParser.h"

#include <QTest>

#include <random>

using namespace ls;

namespace {

// ---- parser helpers

struct Parsed
{
    HttpResponseParser::Result result = HttpResponseParser::Result::NeedMore;
    int status = 0;
    QByteArray body;
    qint64 bodyBytes = 0;
    bool keepAlive = false;
    qsizetype consumed = 0;
    QByteArray error;
};

// Feeds `bytes` in chunks of `chunk` bytes (0: all at once), then end-of-stream if `eof`.
Parsed parse(const QByteArray &bytes, qsizetype chunk, bool head = false, bool eof = true, qint64 keep = 1 << 20)
{
    HttpResponseParser parser(keep);
    parser.reset(head);
    Parsed p;
    const qsizetype step = chunk <= 0 ? std::max<qsizetype>(1, bytes.size()) : chunk;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        qsizetype used = 0;
        const qsizetype n = std::min(step, bytes.size() - at);
        p.result = parser.feed(bytes.constData() + at, n, &used);
        p.consumed += used;
        if (p.result != HttpResponseParser::Result::NeedMore)
            break;
    }
    if (eof && p.result == HttpResponseParser::Result::NeedMore)
        p.result = parser.finish();
    p.status = parser.status();
    p.body = parser.bodyPrefix();
    p.bodyBytes = parser.bodyBytes();
    p.keepAlive = parser.keepAlive();
    if (p.result == HttpResponseParser::Result::Error)
        p.error = parser.errorName();
    return p;
}

// Responses and what the parser must make of them (error: a prefix of the libhttp-parser error name; which
// HPE_INVALID_* a non-HTTP stream gets depends on the library's strict mode).
using R = HttpResponseParser::Result;
struct ParserCase
{
    const char *name;
    const char *bytes;
    bool head;
    R result;
    int status;
    const char *body;
    bool keepAlive;
    const char *error;
};
const ParserCase parserCases[] = {
    {"content-length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false, R::Complete, 200, "hello", true, ""},
    {"chunked",
     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: "
     "1\r\n\r\n",
     false, R::Complete, 200, "hello world", true, ""},
    {"close-delimited", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil eof", false, R::Complete, 200,
     "until eof", false, ""},
    {"connection close", "HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", false, R::Complete, 503,
     "", false, ""},
    {"http/1.0", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", false, R::Complete, 200, "ok", false, ""},
    {"http/1.0 keep-alive", "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok", false,
     R::Complete, 200, "ok", true, ""},
    {"head", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", true, R::Complete, 200, "", true, ""},
    {"204", "HTTP/1.1 204 No Content\r\n\r\n", false, R::Complete, 204, "", true, ""},
    {"304 with length", "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", false, R::Complete, 304, "", true,
     ""},
    {"100 and 103, then 201",
     "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: "
     "1\r\n\r\n!",
     false, R::Complete, 201, "!", true, ""},
    {"not http", "HELLO\r\n\r\n", false, R::Error, 0, "", false, "HPE_INVALID_"},
    {"status below 100", "HTTP/1.1 042 Odd\r\nContent-Length: 0\r\n\r\n", false, R::Error, 0, "", false,
     "HPE_INVALID_STATUS"},
    {"bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false, R::Error, 200, "", false,
     "HPE_INVALID_CHUNK_SIZE"},
    {"cut body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", false, R::Truncated, 200, "abc", false, ""},
    {"cut head", "HTTP/1.1 200 OK\r\nContent-Le", false, R::Truncated, 0, "", false, ""},
    {"cut chunked body", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", false, R::Truncated, 200,
     "hel", false, ""},
    {"nothing", "", false, R::Truncated, 0, "", false, ""},
};

} // namespace

class HttpParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- the parser on its own

    void parser_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < std::size(parserCases); ++i)
            QTest::newRow(parserCases[i].name) << int(i);
    }

    void parser()
    {
        QFETCH(int, index);
        const ParserCase &c = parserCases[index];
        // The same outcome whether the bytes come at once, one by one, or in odd pieces.
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7)}) {
            const Parsed p = parse(c.bytes, chunk, c.head);
            QCOMPARE(int(p.result), int(c.result));
            if (c.result == HttpResponseParser::Result::Error) {
                QVERIFY2(p.error.startsWith(c.error), p.error.constData());
                continue;
            }
            QCOMPARE(p.status, c.status);
            QCOMPARE(p.body, QByteArray(c.body));
            QCOMPARE(p.bodyBytes, qint64(qstrlen(c.body)));
            if (c.result == HttpResponseParser::Result::Complete)
                QCOMPARE(p.keepAlive, c.keepAlive);
        }
    }

    void oversizedHeadersAreAnError()
    {
        // 200 KiB of headers (libhttp-parser allows 80 KiB): an error, whether it comes at once or in pieces.
        QByteArray bytes = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(90, 'x') + "\r\n";
        bytes += "Content-Length: 2\r\n\r\nok";
        for (const qsizetype chunk : {qsizetype(0), qsizetype(4096)}) {
            const Parsed p = parse(bytes, chunk);
            QCOMPARE(int(p.result), int(HttpResponseParser::Result::Error));
            QVERIFY2(p.error.startsWith("HPE_HEADER_OVERFLOW"), p.error.constData());
        }
    }

    void locationIsKeptOnlyForRedirects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("capture");
        QTest::addColumn<QByteArray>("location");
        const QByteArray redirect = "HTTP/1.1 302 Found\r\nX-Location: no\r\nLOCATION:  /next?a=1 \r\n"
                                    "Content-Length: 0\r\n\r\n";
        QTest::addRow("302") << redirect << true << QByteArray("/next?a=1");
        QTest::addRow("not asked") << redirect << false << QByteArray();
        QTest::addRow("200 with a Location")
            << QByteArray("HTTP/1.1 200 OK\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n") << true << QByteArray();
        QTest::addRow("after 100 Continue")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 307 Temporary Redirect\r\nLocation: "
                          "http://other.test/\r\nContent-Length: 0\r\n\r\n")
            << true << QByteArray("http://other.test/");
    }

    void locationIsKeptOnlyForRedirects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, capture);
        QFETCH(QByteArray, location);
        // Header names and values split anywhere by the chunking.
        for (const qsizetype chunk : {qsizetype(1), qsizetype(3), bytes.size()}) {
            HttpResponseParser parser;
            parser.setCaptureLocation(capture);
            parser.reset();
            HttpResponseParser::Result result = HttpResponseParser::Result::NeedMore;
            for (qsizetype at = 0; at < bytes.size(); at += chunk)
                result = parser.feed(bytes.constData() + at, std::min(chunk, bytes.size() - at));
            QCOMPARE(int(result), int(HttpResponseParser::Result::Complete));
            QCOMPARE(parser.location(), location);
        }
    }

    void parserStopsAfterTheResponse()
    {
        const QByteArray first = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        const Parsed p = parse(first + "HTTP/1.1 200 OK\r\n", 0, false, false);
        QCOMPARE(int(p.result), int(HttpResponseParser::Result::Complete));
        QCOMPARE(p.consumed, first.size());
        QCOMPARE(p.body, QByteArray("ok"));
    }

    void parserKeepsOnlyAPrefix()
    {
        const QByteArray body(100'000, 'b');
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                   QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
        for (const QByteArray &bytes :
             {QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + body), chunked}) {
            const Parsed p = parse(bytes, 4096, false, true, 1000);
            QCOMPARE(int(p.result), int(HttpResponseParser::Result::Complete));
            QCOMPARE(p.bodyBytes, qint64(body.size()));
            QCOMPARE(p.body, body.first(1000));
        }
    }

    void parserIsReusable()
    {
        HttpResponseParser parser;
        for (int i = 0; i < 3; ++i) {
            parser.reset(false);
            QVERIFY(!parser.receivedAny());
            const QByteArray bytes =
                "HTTP/1.1 20" + QByteArray::number(i) + " X\r\nContent-Length: 1\r\n\r\n" + QByteArray::number(i);
            QCOMPARE(int(parser.feed(bytes.constData(), bytes.size())), int(HttpResponseParser::Result::Complete));
            QCOMPARE(parser.status(), 200 + i);
            QCOMPARE(parser.takeBodyPrefix(), QByteArray::number(i));
        }
        parser.reset();
        QCOMPARE(int(parser.feed("garbage", 7)), int(HttpResponseParser::Result::Error));
        QVERIFY(parser.errorMessage().startsWith(QStringLiteral("invalid HTTP response: HPE_")));
        parser.reset();
        QCOMPARE(int(parser.feed("HTTP/1.1 200 OK\r\n\r\n", 19)), int(HttpResponseParser::Result::NeedMore));
    }

    void parserSurvivesMutations()
    {
        // 20,000 random mutations of valid responses, fed in random chunks: never a crash (ASan/UBSan builds
        // check memory too), and the end is always a response, an error or a truncation.
        const std::vector<QByteArray> seeds = {
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: "
            "chunked\r\n\r\n5\r\nhello\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n",
            "HTTP/1.0 404 Not Found\r\nConnection: close\r\n\r\nmissing",
            "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\nContent-Length: 12\r\n\r\n",
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 3\r\n\r\nbye",
        };
        std::mt19937 rng(20240601);
        auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
        const char interesting[] = "\r\n:; 0123456789abcdefxHTTP/.-\t\x00\x7f\xff";
        int complete = 0;
        int errors = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = seeds[std::size_t(pick(int(seeds.size())))];
            for (int m = 1 + pick(4); m > 0 && !bytes.isEmpty(); --m) {
                const qsizetype at = pick(int(bytes.size()));
                switch (pick(5)) {
                case 0: // flip a byte
                    bytes[at] = char(pick(256));
                    break;
                case 1: // an interesting byte
                    bytes[at] = interesting[pick(int(sizeof interesting) - 1)];
                    break;
                case 2: // delete a run
                    bytes.remove(at, 1 + pick(8));
                    break;
                case 3: // duplicate a run
                    bytes.insert(at, bytes.mid(at, 1 + pick(16)));
                    break;
                default: // truncate
                    bytes.truncate(at);
                    break;
                }
            }
            const bool head = pick(8) == 0;
            HttpResponseParser parser(64);
            parser.reset(head);
            auto result = HttpResponseParser::Result::NeedMore;
            for (qsizetype at = 0; at < bytes.size() && result == HttpResponseParser::Result::NeedMore;) {
                const qsizetype n = std::min<qsizetype>(1 + pick(24), bytes.size() - at);
                qsizetype used = 0;
                result = parser.feed(bytes.constData() + at, n, &used);
                QVERIFY(used >= 0 && used <= n);
                at += n;
            }
            if (result == HttpResponseParser::Result::NeedMore)
                result = parser.finish();
            QVERIFY(result != HttpResponseParser::Result::NeedMore);
            QVERIFY(parser.bodyPrefix().size() <= 64);
            QVERIFY(parser.bodyBytes() >= parser.bodyPrefix().size());
            if (result == HttpResponseParser::Result::Complete) {
                QVERIFY(parser.status() >= 100 && parser.status() <= 999);
                ++complete;
            } else if (result == HttpResponseParser::Result::Error) {
                QVERIFY(QByteArray(parser.errorName()).startsWith("HPE_"));
                ++errors;
            }
        }
        // Both outcomes must really occur, or the mutations are too weak (or too strong) to test anything.
        QVERIFY2(complete > 1000 && errors > 1000,
                 qPrintable(QStringLiteral("%1 complete, %2 errors").arg(complete).arg(errors)));
    }
};

QTEST_GUILESS_MAIN(HttpParserTest)
#include "tst_httpparser.moc"
