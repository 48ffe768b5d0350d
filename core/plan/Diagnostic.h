#pragma once
// A problem found in a user's file: where it is (file, line:column, JSON path) and what is wrong.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ls {

struct Diagnostic
{
    enum class Severity
    {
        Warning,
        Error,
    };
    Severity severity = Severity::Error;
    QString file;     // as given by the user; may be empty
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based, in characters (not bytes); 0 when unknown
    QString jsonPath; // e.g. "phases[2].users"; empty for syntax errors
    QString message;

    // "plan.json:12:5: error: expected ','" or "plan.json:14:18: error: phases[2].users: must be a positive integer";
    // the parts not known are left out ("plan.json: error: ...", "12:5: error: ...").
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;
bool hasErrors(const Diagnostics &diagnostics);

// A 1-based line and column (column counted in UTF-8 characters, a tab is one); line 0 means unknown.
struct TextPosition
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    bool operator==(const TextPosition &) const = default;
};
// Position of a byte offset in UTF-8 text (offsets past the end give the position just after the last character).
TextPosition textPositionAt(const QByteArray &text, qsizetype offset);

// For "did you mean" hints: the candidate closest to word (case-insensitive edit distance at most 1 for words of up
// to 4 characters, else 2), or an empty string when none is that close.
QString closestMatch(const QString &word, const QStringList &candidates);

// JSON paths as diagnostics spell them: "name", "headers.Accept", "phases[2].users". Keys that would be
// ambiguous (empty, or containing '.', '[', ']', '"', '\' or white space) are written ["like this"].
QString jsonPathChild(const QString &parent, const QString &key);
QString jsonPathIndex(const QString &parent, qsizetype index);

// Where the value of each JSON path starts in a JSON text. nlohmann::json keeps no positions, so the text is
// scanned once more. The scan is tolerant: on malformed text it indexes what it can and stops.
class JsonPositionIndex
{
public:
    struct DuplicateKey
    {
        QString path; // the repeated key's path; its position is that of the later value
        TextPosition position;
    };

    JsonPositionIndex() = default;
    explicit JsonPositionIndex(const QByteArray &json);

    TextPosition find(const QString &path) const; // invalid (line 0) when the path is not in the text
    qsizetype size() const { return m_positions.size(); }
    const std::vector<DuplicateKey> &duplicateKeys() const { return m_duplicates; }
    int maxDepth() const { return m_maxDepth; } // deepest nesting of objects and arrays

private:
    QHash<QString, TextPosition> m_positions;
    std::vector<DuplicateKey> m_duplicates;
    int m_maxDepth = 0;
};

} // namespace ls
