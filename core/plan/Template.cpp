#include "Template.h"

#include <QDate>

#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

const QString validPlaceholders =
    u"valid placeholders are {{random:A:B}}, {{uuid}}, {{date}}, {{date:+Nd}}, {{date:-Nd}}, {{seq}} and ${env:NAME}"_s;

constexpr qint64 maxDayOffset = 1000000; // keeps QDate arithmetic far from its limits

// What a scan of the text should do with ${env:NAME}.
enum class EnvMode
{
    Resolve,   // compile(): substitute the value, fail when unset
    NamesOnly, // checkSyntax(), environmentVariables(): only note the name
};

// Character (not byte) number of a byte offset, for messages.
qsizetype characterNumber(const QByteArray &utf8, qsizetype offset)
{
    qsizetype n = 1;
    for (qsizetype i = 0; i < offset; ++i)
        n += (static_cast<unsigned char>(utf8.at(i)) & 0xC0) != 0x80;
    return n;
}

// A decimal integer with optional sign and nothing else (no spaces, no base prefixes).
bool parseInteger(QByteArrayView text, qint64 *out)
{
    const bool plus = text.startsWith('+');
    if (plus)
        text = text.sliced(1);
    if (text.isEmpty() || (plus && text.front() == '-'))
        return false;
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc() && ptr == end;
}

bool isEnvName(QByteArrayView name)
{
    if (name.isEmpty() || (name.front() >= '0' && name.front() <= '9'))
        return false;
    for (char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_UNUSED(ec); // 24 bytes hold any 64-bit integer
    out.append(buffer, end - buffer);
}

void appendUnsigned(QByteArray &out, quint64 value)
{
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_UNUSED(ec);
    out.append(buffer, end - buffer);
}

void appendPadded(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

void appendDate(QByteArray &out, QDate date)
{
    char buffer[10] = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0};
    appendPadded(buffer, std::clamp(date.year(), 0, 9999), 4);
    appendPadded(buffer + 5, date.month(), 2);
    appendPadded(buffer + 8, date.day(), 2);
    out.append(buffer, sizeof buffer);
}

void appendUuid(QByteArray &out, std::mt19937_64 &rng)
{
    quint64 hi = rng();
    quint64 lo = rng();
    hi = (hi & ~quint64(0xF000)) | quint64(0x4000);       // version 4 (random)
    lo = (lo & ~(quint64(3) << 62)) | (quint64(2) << 62); // variant 10xx (RFC 4122)
    static constexpr char hex[] = "0123456789abcdef";
    char buffer[36];
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            buffer[pos++] = '-';
        const quint64 word = i < 16 ? hi : lo;
        const int shift = 60 - 4 * (i % 16);
        buffer[pos++] = hex[(word >> shift) & 0xF];
    }
    out.append(buffer, sizeof buffer);
}

// Fallbacks so a missing context is a slower, non-reproducible run rather than a crash.
std::mt19937_64 &fallbackRng()
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return rng;
}

std::atomic<quint64> &fallbackSequence()
{
    static std::atomic<quint64> sequence{1};
    return sequence;
}

} // namespace

// The one scanner behind compile(), checkSyntax() and environmentVariables(). Works on UTF-8 bytes: every
// delimiter is ASCII, so multi-byte characters can never be mistaken for one.
struct TemplateParser
{
    using Part = Template::Part;
    using Kind = Template::Kind;

    EnvMode envMode = EnvMode::NamesOnly;
    std::vector<Part> parts;
    QStringList envNames;
    QString error;

    bool run(const QByteArray &utf8)
    {
        qsizetype literalStart = 0;
        qsizetype i = 0;
        const qsizetype n = utf8.size();
        auto flushLiteral = [&](qsizetype end) {
            if (end > literalStart)
                addLiteral(QByteArrayView(utf8).sliced(literalStart, end - literalStart));
        };
        while (i + 1 < n) {
            const char c = utf8.at(i);
            const char next = utf8.at(i + 1);
            if (c == '{' && next == '{' && !(i + 2 < n && utf8.at(i + 2) == '{')) {
                const qsizetype close = utf8.indexOf("}}", i + 2);
                if (close < 0) {
                    error = u"unclosed \"{{\" at character %1 (missing \"}}\")"_s.arg(characterNumber(utf8, i));
                    return false;
                }
                flushLiteral(i);
                if (!addPlaceholder(QByteArrayView(utf8).sliced(i + 2, close - i - 2)))
                    return false;
                i = literalStart = close + 2;
            } else if (c == '$' && next == '{') {
                const qsizetype close = utf8.indexOf('}', i + 2);
                if (close < 0) {
                    error = u"unclosed \"${\" at character %1 (missing \"}\")"_s.arg(characterNumber(utf8, i));
                    return false;
                }
                flushLiteral(i);
                if (!addEnvironment(QByteArrayView(utf8).sliced(i + 2, close - i - 2)))
                    return false;
                i = literalStart = close + 1;
            } else {
                ++i;
            }
        }
        flushLiteral(n);
        return true;
    }

    void addLiteral(QByteArrayView bytes)
    {
        if (!parts.empty() && parts.back().kind == Kind::Literal)
            parts.back().literal.append(bytes);
        else
            parts.push_back({Kind::Literal, bytes.toByteArray(), 0, 0});
    }

    bool addPlaceholder(QByteArrayView inner)
    {
        const QString shown = u"{{"_s + QString::fromUtf8(inner) + u"}}"_s;
        if (inner == "uuid") {
            parts.push_back({Kind::Uuid, {}, 0, 0});
            return true;
        }
        if (inner == "seq") {
            parts.push_back({Kind::Sequence, {}, 0, 0});
            return true;
        }
        if (inner == "date" || inner.startsWith("date:")) {
            qint64 days = 0;
            if (inner != "date") {
                QByteArrayView offset = inner.sliced(5);
                if (!offset.endsWith('d') || !parseInteger(offset.chopped(1), &days)) {
                    error =
                        u"malformed placeholder \"%1\": expected {{date}}, {{date:+Nd}} or {{date:-Nd}}"_s.arg(shown);
                    return false;
                }
                if (days > maxDayOffset || days < -maxDayOffset) {
                    error = u"\"%1\": day offset out of range (at most %2 days)"_s.arg(shown).arg(maxDayOffset);
                    return false;
                }
            }
            parts.push_back({Kind::Date, {}, days, 0});
            return true;
        }
        if (inner.startsWith("random:")) {
            const QByteArrayView bounds = inner.sliced(7);
            const qsizetype colon = bounds.indexOf(':');
            qint64 low = 0, high = 0;
            if (colon < 0 || !parseInteger(bounds.first(colon), &low) ||
                !parseInteger(bounds.sliced(colon + 1), &high)) {
                error = u"malformed placeholder \"%1\": expected {{random:A:B}} with integers A <= B"_s.arg(shown);
                return false;
            }
            if (low > high) {
                error =
                    u"\"%1\": the lower bound %2 is greater than the upper bound %3"_s.arg(shown).arg(low).arg(high);
                return false;
            }
            parts.push_back({Kind::Random, {}, low, high});
            return true;
        }
        error = u"unknown placeholder \"%1\"; %2"_s.arg(shown, validPlaceholders);
        return false;
    }

    bool addEnvironment(QByteArrayView inner)
    {
        const QString shown = u"${"_s + QString::fromUtf8(inner) + u"}"_s;
        if (!inner.startsWith("env:")) {
            error = u"unknown placeholder \"%1\"; environment variables are written ${env:NAME}"_s.arg(shown);
            return false;
        }
        const QByteArrayView name = inner.sliced(4);
        if (!isEnvName(name)) {
            error = u"malformed placeholder \"%1\": expected ${env:NAME} with a name of letters, digits and '_'"_s.arg(
                shown);
            return false;
        }
        const QString nameText = QString::fromLatin1(name);
        if (!envNames.contains(nameText))
            envNames.append(nameText);
        if (envMode == EnvMode::Resolve) {
            const QByteArray key = name.toByteArray();
            if (!qEnvironmentVariableIsSet(key.constData())) {
                error = u"environment variable %1 is not set"_s.arg(nameText);
                return false;
            }
            addLiteral(qEnvironmentVariable(key.constData()).toUtf8());
        }
        return true;
    }
};

bool Template::compile(const QString &text, Template *out, QString *error)
{
    TemplateParser parser;
    parser.envMode = EnvMode::Resolve;
    if (!parser.run(text.toUtf8())) {
        if (error)
            *error = parser.error;
        return false;
    }
    if (out) {
        Template t;
        t.m_parts = std::move(parser.parts);
        t.m_usesEnvironment = !parser.envNames.isEmpty();
        for (const Part &p : t.m_parts)
            t.m_sizeHint += p.kind == Kind::Literal ? p.literal.size() : 36; // 36: a UUID, the longest
        *out = std::move(t);
    }
    return true;
}

bool Template::checkSyntax(const QString &text, QString *error)
{
    TemplateParser parser;
    if (!parser.run(text.toUtf8())) {
        if (error)
            *error = parser.error;
        return false;
    }
    return true;
}

QStringList Template::environmentVariables(const QString &text)
{
    TemplateParser parser;
    parser.run(text.toUtf8()); // names found before a syntax error still count
    return parser.envNames;
}

QByteArray Template::expand(TemplateContext &context) const
{
    if (m_parts.size() == 1 && m_parts.front().kind == Kind::Literal)
        return m_parts.front().literal; // implicitly shared: no copy of the bytes
    QByteArray out;
    out.reserve(m_sizeHint);
    QDate today; // looked up once per expansion, only if needed
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal:
            out.append(part.literal);
            break;
        case Kind::Random: {
            std::uniform_int_distribution<qint64> distribution(part.a, part.b);
            appendInteger(out, distribution(context.rng ? *context.rng : fallbackRng()));
            break;
        }
        case Kind::Uuid:
            appendUuid(out, context.rng ? *context.rng : fallbackRng());
            break;
        case Kind::Date:
            if (!today.isValid())
                today = QDate::currentDate();
            appendDate(out, today.addDays(part.a));
            break;
        case Kind::Sequence: {
            std::atomic<quint64> &sequence = context.sequence ? *context.sequence : fallbackSequence();
            appendUnsigned(out, sequence.fetch_add(1, std::memory_order_relaxed));
            break;
        }
        }
    }
    return out;
}

bool Template::isConstant() const
{
    return std::all_of(m_parts.begin(), m_parts.end(), [](const Part &p) { return p.kind == Kind::Literal; });
}

} // namespace ls
