#include "BodySyntax.h"

#include "Diagnostic.h"

#include <QRegularExpression>

#include <optional>

#include <nlohmann/json.hpp>

namespace ls {

namespace {

using Json = nlohmann::ordered_json; // keeps the keys in the order written

std::optional<Json> parseContainer(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    Json parsed = Json::parse(utf8.constData(), utf8.constData() + utf8.size(), nullptr, false);
    if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_array()))
        return std::nullopt;
    return parsed;
}

QString compact(const Json &json)
{
    return QString::fromStdString(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace

BodyCheck checkRequestBody(const QString &body)
{
    BodyCheck check;
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return check;
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('['))) {
        check.kind = BodyCheck::Kind::PlainText;
        return check;
    }
    // Each placeholder becomes a number of the same length ("1000..."): valid as a value and inside a string,
    // and the positions of errors stay those of the text the user sees.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^{}]*\\}\\}|\\$\\{env:[^}]*\\}"));
    QString substituted = body;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        substituted.replace(m.capturedStart(), m.capturedLength(),
                            QLatin1Char('1') + QString(m.capturedLength() - 1, QLatin1Char('0')));
    }
    const QByteArray utf8 = substituted.toUtf8();
    try {
        [[maybe_unused]] const Json parsed = Json::parse(utf8.constData(), utf8.constData() + utf8.size());
        check.kind = BodyCheck::Kind::Json;
    } catch (const nlohmann::json::parse_error &e) {
        check.kind = BodyCheck::Kind::InvalidJson;
        const TextPosition at = textPositionAt(utf8, qsizetype(e.byte) - 1);
        check.line = at.line;
        check.column = at.column;
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing object -
        // unexpected '}'; expected string literal": the part after " - " says what is wrong.
        const QString what = QString::fromUtf8(e.what());
        const qsizetype dash = what.indexOf(QStringLiteral(" - "));
        check.message = dash >= 0 ? what.mid(dash + 3) : what.mid(what.indexOf(QStringLiteral(": ")) + 2);
    }
    return check;
}

QString bodyForEditing(const QString &stored)
{
    const std::optional<Json> json = parseContainer(stored);
    if (!json || compact(*json) != stored)
        return stored;
    return QString::fromStdString(json->dump(2, ' ', false, Json::error_handler_t::replace));
}

QString bodyForStoring(const QString &edited)
{
    const std::optional<Json> json = parseContainer(edited);
    return json ? compact(*json) : edited;
}

} // namespace ls
