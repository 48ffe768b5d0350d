#include "PageWidgets.h"

#include "ResultText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

QTableView *makeResultTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move within the table
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return table;
}

QWidget *captioned(const QString &caption, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(caption, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

void setVerdictBadge(QLabel *badge, const QString &text, std::optional<Verdict> verdict)
{
    badge->setText(text);
    badge->setAutoFillBackground(true);
    QPalette pal = badge->parentWidget() ? badge->parentWidget()->palette() : badge->palette();
    if (verdict) {
        pal.setColor(QPalette::Window, ResultText::verdictColor(*verdict));
        pal.setColor(QPalette::WindowText, Qt::white);
    } else {
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    }
    badge->setPalette(pal);
}

} // namespace ls
