#pragma once
// The management report: a PDF whose first page answers "are we ready?" (the verdict, one paragraph in plain
// language, each phase against its targets), followed by charts (percentiles over time, the scalability curve,
// the percentile spectrum), scenarios, errors with sample messages, the comparison with another run when given,
// a method appendix and the plan with secrets redacted.

#include "RunComparison.h"

#include <QString>

namespace ls {

struct PdfReportOptions
{
    // With a comparison: the run compared with (the base) and the result, shown as their own section.
    const RunReport *comparedWith = nullptr;
    const RunComparison *comparison = nullptr;
};

bool writePdfReport(const RunReport &report, const QString &path, const PdfReportOptions &options, QString *error);

// The first page's paragraph: what was tested, at which loads, what held and what did not, and the answer.
QString reportNarrative(const RunReport &report);

} // namespace ls
