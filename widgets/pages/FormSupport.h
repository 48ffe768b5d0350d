#pragma once
// Small helpers the plan page's forms share: showing validation problems on a field, and grouping the
// keystrokes of one field into one undo step.

#include "Diagnostic.h"

#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace ls {

// Marks `field` with the problems found at its JSON path: a tint, the reason as tooltip and accessible
// description, and (when given) the reason in `message`, a label under the field that is hidden when all is
// well. `normalToolTip` is restored when the problems are gone. The field's "problem" property holds the text
// (tests read it).
void showFieldProblems(QWidget *field, const Diagnostics &problems, const QString &normalToolTip,
                       QLabel *message = nullptr);

// Merge ids for PlanDocument::setPlan: typing in one field is one undo step; moving to another field, or
// finishing (editingFinished), starts the next one.
class EditSession
{
public:
    int mergeIdFor(const QObject *field);
    void finish() { m_field = nullptr; }

private:
    QPointer<const QObject> m_field;
    int m_id = 0x4c530000; // far from small ids other parts of the application might merge with
};

} // namespace ls
