// Tests of ls::Histogram's HdrHistogram V2 encoding: layout, round trips, vectors from HdrHistogram, bad input.
// Reference values marked "external" come from HdrHistogram's own projects (see docs/hdr-encoding.md).

#include "Histogram.h"
#include "RandomLatencies.h"

#include <QList>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;
using ls::Histogram;

namespace {

constexpr int64_t defaultHighest = Histogram::defaultHighest;

void appendBigEndian(QByteArray &out, uint64_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

// Hand-rolled ZigZag LEB128 for building test inputs byte by byte (values below 2^55 only: never the 9-byte form).
QByteArray varints(std::initializer_list<int64_t> signedValues)
{
    QByteArray out;
    for (const int64_t signedValue : signedValues) {
        for (uint64_t value = (uint64_t(signedValue) << 1) ^ uint64_t(signedValue >> 63);; value >>= 7) {
            out.append(char(value >= 0x80 ? (value & 0x7f) | 0x80 : value));
            if (value < 0x80)
                break;
        }
    }
    return out;
}

// The 40-byte V2 header, followed by the given payload.
QByteArray v2Uncompressed(int digits, int64_t lowest, int64_t highest, const QByteArray &payload,
                          int64_t announcedPayloadLength = -1, uint32_t cookie = 0x1c849313)
{
    QByteArray out;
    appendBigEndian(out, cookie, 4);
    appendBigEndian(out, uint32_t(announcedPayloadLength >= 0 ? announcedPayloadLength : payload.size()), 4);
    appendBigEndian(out, 0, 4);
    appendBigEndian(out, uint32_t(digits), 4);
    appendBigEndian(out, uint64_t(lowest), 8);
    appendBigEndian(out, uint64_t(highest), 8);
    appendBigEndian(out, 0x3ff0000000000000ULL, 8); // 1.0
    return out + payload;
}

QByteArray zlibInflate(const QByteArray &data)
{
    uLongf size = 1 << 24;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                   uLong(data.size())) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

// The compressed wrapper (cookie, length, zlib stream) around an uncompressed V2 encoding.
QByteArray wrapV2(const QByteArray &uncompressed, uint32_t cookie = 0x1c849314)
{
    uLongf size = compressBound(uLong(uncompressed.size()));
    QByteArray stream(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(stream.data()), &size,
              reinterpret_cast<const Bytef *>(uncompressed.constData()), uLong(uncompressed.size()),
              Z_BEST_COMPRESSION);
    QByteArray out;
    appendBigEndian(out, cookie, 4);
    appendBigEndian(out, uint32_t(size), 4);
    return out + stream.left(qsizetype(size));
}

} // namespace

Q_DECLARE_METATYPE(Distribution)

class TestHdrCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingLayout();
    void roundTrip_data();
    void roundTrip();
    void externalVectors_data();
    void externalVectors();
    void decodeErrors_data();
    void decodeErrors();
};

void TestHdrCodec::encodingLayout()
{
    // Built by hand from the spec (docs/hdr-encoding.md): counts 0,1,0,300, six zeros, then 1 at index 10.
    Histogram histogram;
    histogram.record(1);
    histogram.record(3, 300);
    histogram.record(10);
    const QByteArray compressed = histogram.toCompressed();
    QCOMPARE(compressed.left(4), QByteArray::fromHex("1c849314"));
    QCOMPARE(qsizetype(qFromBigEndian<quint32>(compressed.constData() + 4)), compressed.size() - 8);
    QCOMPARE(compressed.mid(8, 2), QByteArray::fromHex("78da")); // zlib header, best compression
    // 0 (lone zero), 1 -> 02, 0 -> 00, 300 -> zigzag 600 -> d8 04, run of 6 zeros -> -6 -> 0b, 1 -> 02
    // cookie, payload length 7, offset 0, 3 digits, lowest 1, highest 3600000000, ratio 1.0, then the varints
    const QByteArray expected = QByteArray::fromHex("1c849313 00000007 00000000 00000003 0000000000000001 "
                                                    "00000000d693a400 3ff0000000000000 000200d8040b02");
    QCOMPARE(zlibInflate(compressed.mid(8)).toHex(), expected.toHex());

    // A count of INT64_MAX needs the 9-byte varint whose last byte carries 8 bits.
    Histogram huge;
    huge.record(0, std::numeric_limits<int64_t>::max());
    QCOMPARE(zlibInflate(huge.toCompressed().mid(8)).mid(40).toHex(), QByteArray("feffffffffffffffff"));

    // An empty histogram still writes counts[0] (a single zero), as the reference encoder does.
    QCOMPARE(zlibInflate(Histogram().toCompressed().mid(8)).mid(4, 4), QByteArray::fromHex("00000001"));
}

void TestHdrCodec::roundTrip_data()
{
    QTest::addColumn<int64_t>("lowest");
    QTest::addColumn<int64_t>("highest");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<qint64>>("counts"); // empty: 1 each
    QTest::addColumn<unsigned>("randomSeed");  // 0: none
    const int64_t big = int64_t(1) << 62;
    QTest::addRow("empty") << int64_t(1) << defaultHighest << 3 << QList<qint64>{} << QList<qint64>{} << 0u;
    QTest::addRow("single value") << int64_t(1) << defaultHighest << 3 << QList<qint64>{4242} << QList<qint64>{} << 0u;
    QTest::addRow("only zeros") << int64_t(1) << defaultHighest << 3 << QList<qint64>{0} << QList<qint64>{5} << 0u;
    QList<qint64> wide{0, 1, defaultHighest};
    for (int64_t value = 2; value < defaultHighest; value *= 3)
        wide << value << value + 1;
    QTest::addRow("wide range") << int64_t(1) << defaultHighest << 3 << wide << QList<qint64>{} << 0u;
    QTest::addRow("large counts") << int64_t(1) << defaultHighest << 3 << QList<qint64>{1, 1000, defaultHighest}
                                  << QList<qint64>{(int64_t(1) << 40), (int64_t(1) << 56) + 3, big} << 0u;
    QTest::addRow("lognormal 100k") << int64_t(1) << defaultHighest << 3 << QList<qint64>{} << QList<qint64>{} << 17u;
    QTest::addRow("ns, 2 digits") << int64_t(1000) << int64_t(1'000'000'000'000) << 2 << QList<qint64>{1, 5000}
                                  << QList<qint64>{} << 23u;
    QTest::addRow("5 digits") << int64_t(1) << int64_t(1'000'000) << 5 << QList<qint64>{} << QList<qint64>{} << 29u;
    QTest::addRow("highest INT64_MAX") << int64_t(1) << std::numeric_limits<int64_t>::max() << 0
                                       << QList<qint64>{std::numeric_limits<int64_t>::max(), 3} << QList<qint64>{}
                                       << 0u;
}

void TestHdrCodec::roundTrip()
{
    QFETCH(int64_t, lowest);
    QFETCH(int64_t, highest);
    QFETCH(int, digits);
    QFETCH(QList<qint64>, values);
    QFETCH(QList<qint64>, counts);
    QFETCH(unsigned, randomSeed);
    Histogram original(lowest, highest, digits);
    for (qsizetype i = 0; i < values.size(); ++i)
        original.record(values[i], counts.isEmpty() ? 1 : counts[i]);
    if (randomSeed != 0) {
        for (const int64_t value : randomValues(Distribution::LogNormal, randomSeed, 100'000, highest))
            original.record(value);
    }

    QString error;
    const std::optional<Histogram> fromBinary = Histogram::fromCompressed(original.toCompressed(), &error);
    QVERIFY2(fromBinary, qPrintable(error));
    QVERIFY(*fromBinary == original);
    const QByteArray base64 = original.toCompressedBase64();
    const std::optional<Histogram> decoded = Histogram::fromCompressedBase64(base64, &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(*decoded == original);
    QCOMPARE(decoded->lowestDiscernibleValue(), lowest);
    QCOMPARE(decoded->highestTrackableValue(), highest);
    QCOMPARE(decoded->significantDigits(), digits);
    QCOMPARE(decoded->totalCount(), original.totalCount());
    QCOMPARE(decoded->min(), original.min());
    QCOMPARE(decoded->max(), original.max());
    QCOMPARE(decoded->mean(), original.mean());
    QCOMPARE(decoded->stddev(), original.stddev());
    for (const double percentile : {0.0, 50.0, 99.0, 99.99, 100.0})
        QCOMPARE(decoded->valueAtPercentile(percentile), original.valueAtPercentile(percentile));
    QCOMPARE(decoded->toCompressedBase64(), base64); // encoding is deterministic
}

void TestHdrCodec::externalVectors_data()
{
    // -1 / empty: no golden value for that column.
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<int64_t>("lowest");
    QTest::addColumn<int64_t>("highest");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int64_t>("totalCount");
    QTest::addColumn<int64_t>("max");
    QTest::addColumn<int64_t>("p50");
    QTest::addColumn<int64_t>("p99");
    QTest::addColumn<int64_t>("floorMean");
    QTest::addColumn<QString>("intervalMaxMs");
    QTest::addColumn<bool>("reencodesIdentically");
    const int64_t none = -1;
    const int64_t jHiccupHighest = 3'600'000'000'000;
    // First interval of jHiccup-2.0.7S.logV2.hlog (HdrHistogram's test log, written by the Java library; ns).
    // Golden values: count/max/p50/p99 from a Go port's log-reader test, floor(mean) from HdrHistogramJS's
    // HistogramLogReader.spec.ts, and the log line's own Interval_Max column (max() / 1e6, 3 decimals).
    QTest::addRow("jHiccup interval 0")
        << "HISTFAAAAEV42pNpmSzMwMCgyAABTBDKT4GBgdnNYMcCBvsPEBEJISEuATEZMQ4uASkhIR4nrxg9v2lMaxhvMekILGZkKmcCAEf2CsI="_ba
        << int64_t(20'000) << jHiccupHighest << 2 << int64_t(741) << int64_t(2'768'895) << int64_t(344'063)
        << int64_t(409'599) << int64_t(301'998) << u"2.769"_s << true;
    // Lines of an older run of the same test log (HdrHistogram's src/test/resources/org/HdrHistogram, stored copy),
    // checked against their Interval_Max column. That older encoder wrote a lone zero count as a run of one zero
    // (varint 01) where current ones write a 0 count (00): same counts, but not the same bytes on re-encoding.
    QTest::addRow("older jHiccup log, t=0.126")
        << "HISTFAAAAEB42pNpmSzMwMAgywABTBDKT4GBgdnNYMcCBvsPEBEjDT0FMTUxMT05LgEhPqmIeWxtTAKMTNxM6xmZmAAjcgjc"_ba
        << int64_t(20'000) << jHiccupHighest << 2 << none << none << none << none << none << u"1.933"_s << false;
    QTest::addRow("older jHiccup log, t=7.134")
        << "HISTFAAAAJV42pNpmSzMwMDUwAABTBDKT4GBgdnNYMcCBvsPEBEWLi4eNkY2PiYOPhYOLgGOLuZjTGLrGZnKgTCYyZrJEoh1mWSZpMFQFkp"
           "y"
           "M/GCMTKJzOdkYoVCZjgLmc1MhDwzEyMQggl0SH1BbEJIgIUJC2AhUoxchSwsLGwsMIBgYRUkQyFBaQ4g4EIl0PlcpKtB4wMAh5wT+Q=="_ba
        << int64_t(20'000) << jHiccupHighest << 2 << none << none << none << none << none << u"960.496"_s << false;
    QTest::addRow("older jHiccup log, t=13.132")
        << "HISTFAAAAJN42pNpmSzMwMBUyAABTBDKT4GBgdnNYMcCBvsPUBkRDjYWFiYONj42NjYeDq4JjOcYNY4yspQzlTN5MlkyWQOxJpM0kywQS0N"
           "p"
           "SSZuJl4gRCcRLE4mViBkBpOsaGxCojAWIwpE41JBkJA6dMDCxESUGGUKkQRZQICNBQawsSiTJqCQiwMI0AgOLsIEXmk2AGRbE3w="_ba
        << int64_t(20'000) << jHiccupHighest << 2 << none << none << none << none << none << u"897.581"_s << false;
    // HdrHistogramJS encoding.spec.ts: "should decode and decompress reading a byte buffer" (mean 42, count 1).
    QTest::addRow("HdrHistogramJS 42, 2 digits")
        << "HISTFAAAACB42pNpmSzMwMDAxAABMJqRQf4/GNh/gAgEMwEAkp4I6Q=="_ba << int64_t(1) << int64_t(9'007'199'254'740'991)
        << 2 << int64_t(1) << int64_t(42) << int64_t(42) << int64_t(42) << int64_t(42) << QString() << true;
    // HdrHistogramJS encoding.spec.ts: "should decode and decompress reading a base64 string" (42 recorded into an
    // auto-resized histogram whose header still says highest 2).
    QTest::addRow("HdrHistogramJS 42, highest 2")
        << "HISTFAAAAB542pNpmSzMwMDAxAABzFCaEUoz2X+AMIKZAEARAtM="_ba << int64_t(1) << int64_t(2) << 3 << int64_t(1)
        << int64_t(42) << int64_t(42) << int64_t(42) << int64_t(42) << QString() << true;
    // HdrHistogramJS encoding.spec.ts: its own encoder's output (default zlib level, non-zero offset field).
    QTest::addRow("HdrHistogramJS encoder output")
        << "HISTFAAAAB94nJNpmSzMwMDABMSMQMzMAAGMUJoJxg9mAgA1TQGm"_ba << int64_t(1) << int64_t(2) << 3 << int64_t(1)
        << int64_t(42) << int64_t(42) << int64_t(42) << int64_t(42) << QString() << false;
}

void TestHdrCodec::externalVectors()
{
    QFETCH(QByteArray, base64);
    QFETCH(int64_t, lowest);
    QFETCH(int64_t, highest);
    QFETCH(int, digits);
    QFETCH(int64_t, totalCount);
    QFETCH(int64_t, max);
    QFETCH(int64_t, p50);
    QFETCH(int64_t, p99);
    QFETCH(int64_t, floorMean);
    QFETCH(QString, intervalMaxMs);
    QFETCH(bool, reencodesIdentically);
    QString error;
    const std::optional<Histogram> decoded = Histogram::fromCompressedBase64(base64, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->lowestDiscernibleValue(), lowest);
    QCOMPARE(decoded->highestTrackableValue(), highest);
    QCOMPARE(decoded->significantDigits(), digits);
    if (totalCount != -1)
        QCOMPARE(decoded->totalCount(), totalCount);
    if (max != -1)
        QCOMPARE(decoded->max(), max);
    if (p50 != -1)
        QCOMPARE(decoded->valueAtPercentile(50), p50);
    if (p99 != -1)
        QCOMPARE(decoded->valueAtPercentile(99), p99);
    if (floorMean != -1)
        QCOMPARE(int64_t(std::floor(decoded->mean())), floorMean);
    if (!intervalMaxMs.isEmpty())
        QCOMPARE(QString::number(double(decoded->max()) / 1e6, 'f', 3), intervalMaxMs);

    const QByteArray reencoded = decoded->toCompressedBase64();
    if (reencodesIdentically) {
        // Same header and varints, and zlib level 9 deflates them to the very same bytes as Java does.
        const QByteArray original = QByteArray::fromBase64(base64);
        QCOMPARE(zlibInflate(QByteArray::fromBase64(reencoded).mid(8)), zlibInflate(original.mid(8)));
        QCOMPARE(reencoded, base64);
    }
    const std::optional<Histogram> again = Histogram::fromCompressedBase64(reencoded, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *decoded);
}

void TestHdrCodec::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<QString>("expectedError");

    const QByteArray valid = [] {
        Histogram histogram;
        histogram.record(1234, 5);
        histogram.record(99'999);
        return histogram.toCompressed();
    }();
    const QByteArray oneZeroPayload = QByteArray(1, '\0');
    auto v2 = [](const QByteArray &uncompressed) { return wrapV2(uncompressed).toBase64(); };

    QTest::addRow("empty") << QByteArray() << u"empty"_s;
    QTest::addRow("bad base64") << "HIST@@@@!"_ba << u"base64"_s;
    QTest::addRow("shorter than wrapper") << QByteArray::fromHex("1c849314").toBase64() << u"truncated"_s;
    // External: HdrHistogramJS encoding.spec.ts, V1 encoding must be refused.
    QTest::addRow("V1 (HdrHistogramJS)")
        << "HISTIgAAAFd42pNpmazIwMAYxgABTBDKT4GBgdnNYMcCBvsPUBkeBkYGZqA8MwMbAzsDC5DFBCTZgJCDQY1BjkGLQZRBlUEPCB8zWDCYMx"
           "gDZZkZhgJgHDibAY8JB/A="_ba
        << u"V1"_s;
    // External: HdrHistogram_c test_decode_rejects_crafted_bounds_attacks (V0 word size 1, V2 negative length).
    QTest::addRow("V0 (HdrHistogram_c)") << "HISTCQAAACd4nJNpmSzBwMDAzAABjFCaiQHGGAWjYBSMglEwCkbBSAMNAMTQEdA="_ba
                                         << u"V0"_s;
    QTest::addRow("negative payload length (HdrHistogram_c)")
        << "HISTBAAAABl4nJNpmcz8HwgYIIARjWay/8CAAgD0TwZm"_ba << u"payload length -1"_s;
    QTest::addRow("unknown cookie") << QByteArray::fromHex("1234567800000000").toBase64() << u"wrong cookie"_s;
    QTest::addRow("uncompressed V2 cookie")
        << wrapV2(v2Uncompressed(3, 1, defaultHighest, oneZeroPayload), 0x1c849313).toBase64() << u"uncompressed"_s;
    // External: HdrHistogram_c test_bounds_check_on_decode (one byte short).
    QTest::addRow("truncated by one byte") << valid.chopped(1).toBase64() << u"truncated"_s;
    QTest::addRow("trailing bytes") << QByteArray(valid + "x").toBase64() << u"unexpected bytes"_s;
    QTest::addRow("negative compressed length")
        << QByteArray::fromHex("1c849314ffffffff00").toBase64() << u"negative"_s;
    QTest::addRow("bad zlib")
        << QByteArray(QByteArray::fromHex("1c849314 00000020") + "this is not a zlib stream at all").toBase64()
        << u"zlib"_s;
    QByteArray flippedChecksum = valid;
    flippedChecksum[flippedChecksum.size() - 1] = char(flippedChecksum.back() ^ 0x01);
    QTest::addRow("bad zlib checksum") << flippedChecksum.toBase64() << u"zlib"_s;
    QTest::addRow("header cut short") << wrapV2(v2Uncompressed(3, 1, defaultHighest, {}).left(20)).toBase64()
                                      << u"header"_s;
    QTest::addRow("wrong inner cookie") << v2(v2Uncompressed(3, 1, defaultHighest, oneZeroPayload, -1, 0xdeadbeef))
                                        << u"inside"_s;
    QTest::addRow("7 digits") << v2(v2Uncompressed(7, 1, defaultHighest, oneZeroPayload)) << u"significant digits"_s;
    QTest::addRow("lowest 0") << v2(v2Uncompressed(3, 0, defaultHighest, oneZeroPayload)) << u"lowest"_s;
    QTest::addRow("highest below 2 x lowest") << v2(v2Uncompressed(3, 1000, 1999, oneZeroPayload)) << u"highest"_s;
    QTest::addRow("payload larger than any histogram")
        << v2(v2Uncompressed(3, 1, defaultHighest, oneZeroPayload, 0x7fffffff)) << u"impossible"_s;
    QTest::addRow("payload shorter than announced")
        << v2(v2Uncompressed(3, 1, defaultHighest, oneZeroPayload, 10)) << u"truncated"_s;
    QTest::addRow("payload longer than announced")
        << v2(v2Uncompressed(3, 1, defaultHighest, "\x02\x02\x02"_ba, 1)) << u"longer"_s;
    QTest::addRow("varint cut off") << v2(v2Uncompressed(3, 1, defaultHighest, "\x02\x80"_ba)) << u"cut off"_s;

    // digits 0, (1, 2): 2 buckets of 1 slot plus bucket 0's lower half = 3 counts.
    QTest::addRow("count past the array") << v2(v2Uncompressed(0, 1, 2, varints({-3, 5}))) << u"overflow the array"_s;
    QTest::addRow("zero run past the array")
        << v2(v2Uncompressed(3, 1, defaultHighest, varints({1, -23'552}))) << u"overflow the array"_s;
    QTest::addRow("INT64_MIN zero run") << v2(v2Uncompressed(3, 1, defaultHighest, QByteArray(9, char(0xff))))
                                        << u"overflow the array"_s;
    QByteArray twoHuge = QByteArray::fromHex("feffffffffffffffff");
    twoHuge += twoHuge;
    QTest::addRow("total count overflow") << v2(v2Uncompressed(3, 1, defaultHighest, twoHuge)) << u"overflows"_s;
}

void TestHdrCodec::decodeErrors()
{
    QFETCH(QByteArray, base64);
    QFETCH(QString, expectedError);
    QString error;
    const std::optional<Histogram> decoded = Histogram::fromCompressedBase64(base64, &error);
    QVERIFY(!decoded);
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    // The binary entry point gives the same verdict (when the input is valid base64 at all).
    if (const auto binary = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        binary && !binary.decoded.isEmpty()) {
        QString binaryError;
        QVERIFY(!Histogram::fromCompressed(*binary, &binaryError));
        QCOMPARE(binaryError, error);
    }
    QVERIFY(!Histogram::fromCompressedBase64(base64)); // no error pointer: must not crash either
}

QTEST_GUILESS_MAIN(TestHdrCodec)
#include "tst_hdrcodec.moc"
