#include "Diagnostic.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ls {

QString Diagnostic::toString() const
{
    QString location = file;
    if (line > 0) {
        if (!location.isEmpty())
            location += u':';
        location += QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString text;
    if (!location.isEmpty())
        text = location + u": "_s;
    text += severity == Severity::Error ? u"error: "_s : u"warning: "_s;
    if (!jsonPath.isEmpty())
        text += jsonPath + u": "_s;
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool needsQuoting(const QString &key)
{
    if (key.isEmpty())
        return true;
    for (QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\\' || c.isSpace() || c.unicode() < 0x20)
            return true;
    }
    return false;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Walks JSON text byte by byte, keeping line and column, and records where each value starts.
// Iterative (an explicit stack) so that hostile nesting cannot overflow the call stack.
class Scanner
{
public:
    Scanner(const QByteArray &text, QHash<QString, TextPosition> *positions,
            std::vector<JsonPositionIndex::DuplicateKey> *duplicates, int *maxDepth)
        : m_text(text), m_positions(positions), m_duplicates(duplicates), m_maxDepth(maxDepth)
    {}

    void run()
    {
        QString pendingPath; // path of the value expected next; the root is ""
        bool wantValue = true;
        while (true) {
            skipWhitespace();
            if (atEnd())
                return;
            if (wantValue) {
                const TextPosition here{m_line, m_column};
                if (!m_stack.empty() && !m_stack.back().array && m_stack.back().keys.contains(pendingPath))
                    m_duplicates->push_back({pendingPath, here});
                if (!m_stack.empty() && !m_stack.back().array)
                    m_stack.back().keys.insert(pendingPath);
                m_positions->insert(pendingPath, here);
                const char c = peek();
                if (c == '{' || c == '[') {
                    advance();
                    m_stack.push_back({c == '[', 0, pendingPath, {}});
                    *m_maxDepth = std::max(*m_maxDepth, int(m_stack.size()));
                    skipWhitespace();
                    if (!atEnd() && peek() == (c == '[' ? ']' : '}')) {
                        advance();
                        m_stack.pop_back();
                        wantValue = false;
                    } else if (c == '[') {
                        pendingPath = jsonPathIndex(m_stack.back().path, 0);
                    } else if (!readKey(&pendingPath)) {
                        return;
                    }
                    continue;
                }
                if (c == '"') {
                    if (!skipString())
                        return;
                } else {
                    skipScalar();
                }
                wantValue = false;
                continue;
            }
            if (m_stack.empty())
                return; // trailing text after the root value
            Frame &top = m_stack.back();
            const char c = peek();
            if (c == ',') {
                advance();
                ++top.index;
                if (top.array) {
                    pendingPath = jsonPathIndex(top.path, top.index);
                } else if (!readKey(&pendingPath)) {
                    return;
                }
                wantValue = true;
            } else if (c == (top.array ? ']' : '}')) {
                advance();
                m_stack.pop_back();
            } else {
                return; // malformed
            }
        }
    }

private:
    struct Frame
    {
        bool array = false;
        qsizetype index = 0;
        QString path;
        QSet<QString> keys; // child paths seen, to report duplicate keys
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }

    void advance()
    {
        const char c = m_text.at(m_pos++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuationByte(c)) {
            ++m_column;
        }
    }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ']' || c == '}' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                return;
            advance();
        }
    }

    bool skipString() { return readString(nullptr); }

    // At an opening quote: reads the string (decoding escapes when out is given) and the closing quote.
    bool readString(std::string *out)
    {
        advance(); // "
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                advance();
                return true;
            }
            if (c != '\\') {
                if (out)
                    *out += c;
                advance();
                continue;
            }
            advance();
            if (atEnd())
                return false;
            const char e = peek();
            advance();
            if (!out)
                continue;
            switch (e) {
            case 'b':
                *out += '\b';
                break;
            case 'f':
                *out += '\f';
                break;
            case 'n':
                *out += '\n';
                break;
            case 'r':
                *out += '\r';
                break;
            case 't':
                *out += '\t';
                break;
            case 'u': {
                char32_t cp = readHex4();
                // A high surrogate followed by "\uDC00".."\uDFFF" forms one code point.
                if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 1 < m_text.size() && peek() == '\\' &&
                    m_text.at(m_pos + 1) == 'u') {
                    advance();
                    advance();
                    const char32_t low = readHex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(*out, cp);
                break;
            }
            default:
                *out += e;
                break; // \" \\ \/
            }
        }
        return false;
    }

    char32_t readHex4()
    {
        char32_t value = 0;
        for (int i = 0; i < 4 && !atEnd(); ++i) {
            const char h = peek();
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            if (digit < 0)
                break;
            value = value * 16 + char32_t(digit);
            advance();
        }
        return value;
    }

    // Inside an object, before a key: reads `"key" :` and sets path to the member's path.
    bool readKey(QString *path)
    {
        skipWhitespace();
        if (atEnd() || peek() != '"')
            return false;
        std::string key;
        if (!readString(&key))
            return false;
        skipWhitespace();
        if (atEnd() || peek() != ':')
            return false;
        advance();
        *path = jsonPathChild(m_stack.back().path, QString::fromStdString(key));
        return true;
    }

    const QByteArray &m_text;
    QHash<QString, TextPosition> *m_positions;
    std::vector<JsonPositionIndex::DuplicateKey> *m_duplicates;
    int *m_maxDepth;
    std::vector<Frame> m_stack;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

TextPosition textPositionAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition position{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuationByte(c)) {
            ++position.column;
        }
    }
    return position;
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = word.size() <= 4 ? 1 : 2; // further away is not a typo but another word
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance <= bestDistance && (best.isEmpty() || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString jsonPathChild(const QString &parent, const QString &key)
{
    if (needsQuoting(key)) {
        QString escaped = key;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        return parent + u"[\""_s + escaped + u"\"]"_s;
    }
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString jsonPathIndex(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

JsonPositionIndex::JsonPositionIndex(const QByteArray &json)
{
    Scanner(json, &m_positions, &m_duplicates, &m_maxDepth).run();
}

TextPosition JsonPositionIndex::find(const QString &path) const
{
    return m_positions.value(path);
}

} // namespace ls
