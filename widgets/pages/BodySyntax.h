#pragma once
// The request body editor's view of a body: is it JSON, and if it should be but is not, where it breaks;
// and how a body is shown for editing and stored again. Placeholders count as values, so
// {"id": {{random:1:9}}} is accepted as JSON.

#include <QString>

namespace ls {

struct BodyCheck
{
    enum class Kind
    {
        Empty,
        PlainText,   // does not start with { or [: sent as text
        Json,        // valid JSON (placeholders count as values)
        InvalidJson, // starts with { or [ but is not valid JSON
    };
    Kind kind = Kind::Empty;
    int line = 0;    // InvalidJson: where it breaks, 1-based
    int column = 0;  // in characters
    QString message; // InvalidJson: what is wrong, e.g. "unexpected '}'; expected a value"
};

BodyCheck checkRequestBody(const QString &body);

// A body stored as compact JSON (as one written as a JSON object in the file is) is edited indented;
// text that is JSON is stored compactly again, so the plan file keeps it as a JSON object.
QString bodyForEditing(const QString &stored);
QString bodyForStoring(const QString &edited);

} // namespace ls
