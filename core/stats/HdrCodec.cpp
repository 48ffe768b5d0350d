// HdrHistogram V2 encoding ("compressed" form, as in .hlog interval logs). Layout and sources: docs/hdr-encoding.md.
//
//   wrapper  : int32 cookie 0x1c849314 | int32 length of the zlib stream | zlib stream (deflate with zlib header)
//   inflated : int32 cookie 0x1c849313 | int32 payload length | int32 normalizing index offset (0) |
//              int32 significant digits | int64 lowest | int64 highest | double conversion ratio (1.0) | payload
//   payload  : counts[0 .. index of max] as ZigZag LEB128-64b9B varints; a negative varint -n stands for n zero counts.
// All header integers are big-endian.

#include "Histogram.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace ls {

namespace {

constexpr uint32_t v2EncodingCookieBase = 0x1c849303;
constexpr uint32_t v2CompressedEncodingCookieBase = 0x1c849304;
// The 0x10 in the cookie's second nibble flags the V2 varint ("TLZE") word encoding; readers mask that nibble off.
constexpr uint32_t wordSizeNibbleMask = 0xf0;
constexpr uint32_t v2EncodingCookie = v2EncodingCookieBase | 0x10;
constexpr uint32_t v2CompressedEncodingCookie = v2CompressedEncodingCookieBase | 0x10;
constexpr uint32_t v1EncodingCookieBase = 0x1c849301;
constexpr uint32_t v1CompressedEncodingCookieBase = 0x1c849302;
constexpr uint32_t v0EncodingCookieBase = 0x1c849308;
constexpr uint32_t v0CompressedEncodingCookieBase = 0x1c849309;

constexpr int wrapperHeaderSize = 8;
constexpr int payloadHeaderSize = 40;
constexpr int maxVarintBytes = 9;
// HdrHistogram's log writer compresses at Deflater.BEST_COMPRESSION; level 9 reproduces its bytes exactly.
constexpr int compressionLevel = Z_BEST_COMPRESSION;

void appendBigEndian(QByteArray &out, uint64_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

uint64_t readBigEndian(const char *data, int bytes)
{
    uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | uint8_t(data[i]);
    return value;
}

// ZigZag maps small magnitudes of either sign to small unsigned numbers; LEB128-64b9B writes 7 bits per byte for
// the first 8 bytes and all 8 bits in the 9th, so any 64-bit value fits in at most 9 bytes.
void appendZigZag(QByteArray &out, int64_t signedValue)
{
    uint64_t value = (uint64_t(signedValue) << 1) ^ uint64_t(signedValue >> 63);
    for (int byteIndex = 0; byteIndex < maxVarintBytes - 1; ++byteIndex) {
        if ((value >> 7) == 0) {
            out.append(char(value));
            return;
        }
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value)); // 9th byte: the remaining 8 bits, no continuation flag
}

bool readZigZag(const char *data, qsizetype size, qsizetype &position, int64_t &result)
{
    uint64_t value = 0;
    for (int byteIndex = 0; byteIndex < maxVarintBytes; ++byteIndex) {
        if (position >= size)
            return false;
        const uint8_t byte = uint8_t(data[position++]);
        if (byteIndex == maxVarintBytes - 1) {
            value |= uint64_t(byte) << 56;
            break;
        }
        value |= uint64_t(byte & 0x7f) << (7 * byteIndex);
        if ((byte & 0x80) == 0)
            break;
    }
    result = int64_t(value >> 1) ^ -int64_t(value & 1);
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Owns a zlib inflate stream over one input buffer, handing out the inflated bytes in pieces.
class Inflater
{
public:
    // The input must outlive the Inflater.
    Inflater(const char *input, qsizetype size)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input));
        m_stream.avail_in = uInt(size);
        m_ready = inflateInit(&m_stream) == Z_OK;
    }
    ~Inflater()
    {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    enum class Result
    {
        Filled,    // the whole output buffer was written (the stream may have ended exactly there)
        StreamEnd, // the stream ended before the buffer was full (see produced)
        Truncated, // the input ran out before the stream ended
        Corrupt,   // not a valid zlib stream (message() says why)
    };

    Result read(char *out, qsizetype size, qsizetype &produced)
    {
        produced = 0;
        if (!m_ready)
            return Result::Corrupt;
        m_stream.next_out = reinterpret_cast<Bytef *>(out);
        m_stream.avail_out = uInt(size);
        while (true) {
            const int status = inflate(&m_stream, Z_NO_FLUSH);
            produced = size - qsizetype(m_stream.avail_out);
            if (status == Z_STREAM_END)
                return produced == size ? Result::Filled : Result::StreamEnd;
            if (status != Z_OK && status != Z_BUF_ERROR)
                return Result::Corrupt;
            if (m_stream.avail_out == 0)
                return Result::Filled;
            if (m_stream.avail_in == 0 || status == Z_BUF_ERROR)
                return Result::Truncated;
        }
    }

    QString message() const
    {
        return m_stream.msg ? QString::fromLatin1(m_stream.msg) : QStringLiteral("initialisation failed");
    }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

} // namespace

QByteArray Histogram::toCompressed() const
{
    const int countsLimit = maxRecordedIndex() + 1;
    QByteArray uncompressed;
    uncompressed.reserve(payloadHeaderSize + qsizetype(countsLimit) * maxVarintBytes);
    appendBigEndian(uncompressed, v2EncodingCookie, 4);
    appendBigEndian(uncompressed, 0, 4); // payload length, patched below
    appendBigEndian(uncompressed, 0, 4); // normalizing index offset: integer histograms never shift
    appendBigEndian(uncompressed, uint32_t(m_significantDigits), 4);
    appendBigEndian(uncompressed, uint64_t(m_lowest), 8);
    appendBigEndian(uncompressed, uint64_t(m_highest), 8);
    appendBigEndian(uncompressed, std::bit_cast<uint64_t>(1.0), 8); // integer-to-double conversion ratio

    for (int index = 0; index < countsLimit;) {
        const int64_t count = m_counts[std::size_t(index++)];
        if (count != 0) {
            appendZigZag(uncompressed, count);
            continue;
        }
        int64_t zeros = 1;
        while (index < countsLimit && m_counts[std::size_t(index)] == 0) {
            ++zeros;
            ++index;
        }
        // A lone zero is written as a count of 0; only runs use the negative form (as the reference encoder does).
        appendZigZag(uncompressed, zeros > 1 ? -zeros : 0);
    }
    const uint32_t payloadLength = uint32_t(uncompressed.size() - payloadHeaderSize);
    for (int i = 0; i < 4; ++i)
        uncompressed[4 + i] = char((payloadLength >> (24 - 8 * i)) & 0xff);

    uLongf compressedSize = compressBound(uLong(uncompressed.size()));
    QByteArray out(wrapperHeaderSize + qsizetype(compressedSize), Qt::Uninitialized);
    const int status = compress2(reinterpret_cast<Bytef *>(out.data() + wrapperHeaderSize), &compressedSize,
                                 reinterpret_cast<const Bytef *>(uncompressed.constData()), uLong(uncompressed.size()),
                                 compressionLevel);
    if (status != Z_OK)
        return {};
    out.resize(wrapperHeaderSize + qsizetype(compressedSize));
    QByteArray wrapper;
    appendBigEndian(wrapper, v2CompressedEncodingCookie, 4);
    appendBigEndian(wrapper, uint32_t(compressedSize), 4);
    std::memcpy(out.data(), wrapper.constData(), wrapperHeaderSize);
    return out;
}

QByteArray Histogram::toCompressedBase64() const
{
    return toCompressed().toBase64();
}

std::optional<Histogram> Histogram::fromCompressedBase64(const QByteArray &base64, QString *error)
{
    const QByteArray trimmed = base64.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, QStringLiteral("empty input"));
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(error, QStringLiteral("invalid base64"));
        return std::nullopt;
    }
    return fromCompressed(*decoded, error);
}

std::optional<Histogram> Histogram::fromCompressed(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < wrapperHeaderSize) {
        fail(error, QStringLiteral("truncated: %1 bytes, the wrapper header alone has 8").arg(bytes.size()));
        return std::nullopt;
    }
    const uint32_t cookie = uint32_t(readBigEndian(bytes.constData(), 4));
    const uint32_t cookieBase = cookie & ~wordSizeNibbleMask;
    if (cookieBase != v2CompressedEncodingCookieBase) {
        QString why;
        if (cookieBase == v2EncodingCookieBase)
            why = QStringLiteral("uncompressed V2 encoding; only the compressed form is read");
        else if (cookieBase == v1EncodingCookieBase || cookieBase == v1CompressedEncodingCookieBase)
            why = QStringLiteral("HdrHistogram V1 encoding is not supported, only V2");
        else if (cookieBase == v0EncodingCookieBase || cookieBase == v0CompressedEncodingCookieBase)
            why = QStringLiteral("HdrHistogram V0 encoding is not supported, only V2");
        else
            why = QStringLiteral("not an HdrHistogram V2 compressed histogram");
        fail(error, QStringLiteral("wrong cookie 0x%1: %2").arg(cookie, 8, 16, QLatin1Char('0')).arg(why));
        return std::nullopt;
    }
    const int64_t compressedLength = int32_t(readBigEndian(bytes.constData() + 4, 4));
    const qsizetype available = bytes.size() - wrapperHeaderSize;
    if (compressedLength < 0) {
        fail(error, QStringLiteral("negative compressed length %1").arg(compressedLength));
        return std::nullopt;
    }
    if (compressedLength > available) {
        fail(error, QStringLiteral("truncated: header announces %1 compressed bytes, %2 present")
                        .arg(compressedLength)
                        .arg(available));
        return std::nullopt;
    }
    if (compressedLength < available) {
        fail(error,
             QStringLiteral("%1 unexpected bytes after the compressed histogram").arg(available - compressedLength));
        return std::nullopt;
    }

    Inflater inflater(bytes.constData() + wrapperHeaderSize, available);
    std::array<char, payloadHeaderSize> header{};
    qsizetype produced = 0;
    switch (inflater.read(header.data(), payloadHeaderSize, produced)) {
    case Inflater::Result::Filled:
        break;
    case Inflater::Result::Corrupt:
        fail(error, QStringLiteral("bad zlib data: %1").arg(inflater.message()));
        return std::nullopt;
    case Inflater::Result::StreamEnd:
    case Inflater::Result::Truncated:
        fail(error, QStringLiteral("truncated: only %1 of the 40 header bytes inflate").arg(produced));
        return std::nullopt;
    }

    const uint32_t innerCookie = uint32_t(readBigEndian(header.data(), 4));
    if ((innerCookie & ~wordSizeNibbleMask) != v2EncodingCookieBase) {
        fail(error, QStringLiteral("wrong cookie 0x%1 inside the compressed data, expected 0x%2")
                        .arg(innerCookie, 8, 16, QLatin1Char('0'))
                        .arg(v2EncodingCookie, 8, 16, QLatin1Char('0')));
        return std::nullopt;
    }
    const int64_t payloadLength = int32_t(readBigEndian(header.data() + 4, 4));
    // Bytes 8..11 (normalizing index offset) and 32..39 (conversion ratio) only matter to DoubleHistogram and are
    // ignored, as integer-histogram readers do.
    const int significantDigits = int32_t(readBigEndian(header.data() + 12, 4));
    const int64_t lowest = int64_t(readBigEndian(header.data() + 16, 8));
    const int64_t highest = int64_t(readBigEndian(header.data() + 24, 8));
    if (const QString why = configurationError(lowest, highest, significantDigits); !why.isEmpty()) {
        fail(error, QStringLiteral("invalid configuration: %1").arg(why));
        return std::nullopt;
    }
    Histogram histogram(lowest, highest, significantDigits);
    const qsizetype countsLength = qsizetype(histogram.m_counts.size());
    if (payloadLength < 0 || payloadLength > countsLength * maxVarintBytes) {
        fail(error, QStringLiteral("payload length %1 impossible for %2 counts").arg(payloadLength).arg(countsLength));
        return std::nullopt;
    }

    QByteArray payload(qsizetype(payloadLength), Qt::Uninitialized);
    switch (inflater.read(payload.data(), payload.size(), produced)) {
    case Inflater::Result::Filled:
        break;
    case Inflater::Result::StreamEnd:
    case Inflater::Result::Truncated:
        fail(error, QStringLiteral("truncated: %1 of %2 payload bytes inflate").arg(produced).arg(payloadLength));
        return std::nullopt;
    case Inflater::Result::Corrupt:
        fail(error, QStringLiteral("bad zlib data: %1").arg(inflater.message()));
        return std::nullopt;
    }
    // The stream must end right after the payload (this also verifies zlib's checksum).
    char extra = 0;
    switch (inflater.read(&extra, 1, produced)) {
    case Inflater::Result::StreamEnd:
        break;
    case Inflater::Result::Filled:
        fail(error, QStringLiteral("inflated data is longer than the %1 payload bytes announced").arg(payloadLength));
        return std::nullopt;
    case Inflater::Result::Truncated:
        fail(error, QStringLiteral("truncated zlib stream"));
        return std::nullopt;
    case Inflater::Result::Corrupt:
        fail(error, QStringLiteral("bad zlib data: %1").arg(inflater.message()));
        return std::nullopt;
    }

    // Indexes past the bucket of INT64_MAX would stand for values beyond 64 bits.
    const qsizetype usableLength = std::min<qsizetype>(countsLength, histogram.countsIndexFor(INT64_MAX) + 1);
    qsizetype index = 0;
    int64_t total = 0;
    for (qsizetype position = 0; position < payload.size();) {
        const qsizetype varintStart = position;
        int64_t value = 0;
        if (!readZigZag(payload.constData(), payload.size(), position, value)) {
            fail(error, QStringLiteral("truncated: count at payload byte %1 is cut off").arg(varintStart));
            return std::nullopt;
        }
        if (value < 0) {
            // Compare before negating: -INT64_MIN does not exist.
            if (value < -(countsLength - index)) {
                fail(error, QStringLiteral("counts overflow the array: a run of zeros at index %1 passes its %2 slots")
                                .arg(index)
                                .arg(countsLength));
                return std::nullopt;
            }
            index += -value;
            continue;
        }
        if (index >= usableLength) {
            fail(error, QStringLiteral("counts overflow the array: count at index %1, the array holds %2")
                            .arg(index)
                            .arg(usableLength));
            return std::nullopt;
        }
        if (__builtin_add_overflow(total, value, &total)) {
            fail(error, QStringLiteral("total count overflows 64 bits"));
            return std::nullopt;
        }
        histogram.m_counts[std::size_t(index++)] = value;
    }
    histogram.rebuildSummaryFromCounts();
    return histogram;
}

} // namespace ls
