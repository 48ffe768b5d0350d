#pragma once
// Placeholders in paths, header values and bodies, compiled once and expanded per request:
//   {{random:A:B}}  an integer in [A, B] from the virtual user's seeded generator
//   {{uuid}}        a random UUID (v4)
//   {{date:+Nd}}    today's date plus/minus N days, ISO 8601 (yyyy-MM-dd); {{date}} is today
//   {{seq}}         a run-wide sequence number, 1, 2, 3, ... (one counter shared by all threads)
//   ${env:NAME}     the environment variable NAME, resolved once when the template is compiled
// Everything else is copied byte for byte. "{{" always starts a placeholder ("{{{" is a literal "{" and a
// placeholder), as does "${".

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <random>
#include <vector>

namespace ls {

struct TemplateContext
{
    std::mt19937_64 *rng = nullptr;           // per virtual user or per worker; required for random/uuid
    std::atomic<quint64> *sequence = nullptr; // shared, initialised to 1; {{seq}} gives fetch_add(1)
};

class Template
{
public:
    Template() = default;

    // Fails on unknown or malformed placeholders and on unset environment variables; error says which.
    static bool compile(const QString &text, Template *out, QString *error);
    // Checks the syntax only (environment variables need not be set): for plan validation.
    static bool checkSyntax(const QString &text, QString *error);
    // Names of the ${env:...} variables used by the text.
    static QStringList environmentVariables(const QString &text);

    QByteArray expand(TemplateContext &context) const;
    bool isConstant() const; // no per-request placeholders: expand() always gives the same bytes
    bool usesEnvironment() const { return m_usesEnvironment; }

private:
    friend struct TemplateParser; // Template.cpp: builds m_parts
    enum class Kind
    {
        Literal,
        Random,
        Uuid,
        Date,
        Sequence,
    };
    struct Part
    {
        Kind kind = Kind::Literal;
        QByteArray literal;
        qint64 a = 0; // random: low bound; date: day offset
        qint64 b = 0; // random: high bound
    };
    std::vector<Part> m_parts;
    bool m_usesEnvironment = false;
    qsizetype m_sizeHint = 0; // bytes to reserve in expand(): literals plus room for each placeholder
};

} // namespace ls
