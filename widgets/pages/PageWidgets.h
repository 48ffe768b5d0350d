#pragma once
// Small building blocks the run and results pages share, so tables and badges look and behave the same.

#include "Targets.h"

#include <QString>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace ls {

// A read-only table: whole-row selection, Tab leaves it (arrows move inside), last column stretched.
QTableView *makeResultTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent);
// `content` under a bold caption that names it (and is its buddy, for screen readers).
QWidget *captioned(const QString &caption, QWidget *content, QWidget *parent);
// A label as a badge: the verdict's text on its colour, white; neutral colours without a verdict.
void setVerdictBadge(QLabel *badge, const QString &text, std::optional<Verdict> verdict);

} // namespace ls
