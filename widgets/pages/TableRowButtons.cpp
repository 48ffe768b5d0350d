#include "TableRowButtons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace ls {

TableRowButtons::TableRowButtons(QTableView *table, const QString &noun, const QString &objectPrefix,
                                 std::function<int(int)> duplicate, QWidget *parent)
    : QWidget(parent), m_table(table), m_duplicate(std::move(duplicate)), m_add(new QPushButton(tr("&Add"), this)),
      m_duplicateButton(new QPushButton(tr("Dupl&icate"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move do&wn"), this))
{
    struct Button
    {
        QPushButton *button;
        QString objectName;
        QString accessibleName;
        QKeySequence shortcut;
        std::function<void()> action;
    };
    const Button buttons[] = {
        {m_add, QStringLiteral("add") + objectPrefix, tr("Add %1").arg(noun), QKeySequence(Qt::Key_Insert),
         [this] { add(); }},
        {m_duplicateButton, QStringLiteral("duplicate") + objectPrefix, tr("Duplicate the selected %1").arg(noun),
         QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateCurrent(); }},
        {m_remove, QStringLiteral("remove") + objectPrefix, tr("Remove the selected %1").arg(noun),
         QKeySequence(QKeySequence::Delete), [this] { removeCurrent(); }},
        {m_up, QStringLiteral("move") + objectPrefix + QStringLiteral("Up"), tr("Move the selected %1 up").arg(noun),
         QKeySequence(Qt::ALT | Qt::Key_Up), [this] { move(-1); }},
        {m_down, QStringLiteral("move") + objectPrefix + QStringLiteral("Down"),
         tr("Move the selected %1 down").arg(noun), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { move(+1); }},
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Button &b : buttons) {
        b.button->setObjectName(b.objectName);
        b.button->setAccessibleName(b.accessibleName);
        b.button->setToolTip(tr("%1 (%2)").arg(b.accessibleName, b.shortcut.toString(QKeySequence::NativeText)));
        connect(b.button, &QPushButton::clicked, this, b.action);
        // The same on the keyboard while the table has the focus (not while a cell is being edited).
        auto *shortcut = new QAction(b.accessibleName, m_table);
        shortcut->setShortcut(b.shortcut);
        shortcut->setShortcutContext(Qt::WidgetShortcut);
        connect(shortcut, &QAction::triggered, this, b.action);
        m_table->addAction(shortcut);
        layout->addWidget(b.button);
    }
    layout->addStretch();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TableRowButtons::updateButtons);
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TableRowButtons::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableRowButtons::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableRowButtons::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TableRowButtons::updateButtons);
    updateButtons();
}

int TableRowButtons::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TableRowButtons::selectRow(int row, bool edit)
{
    QAbstractItemModel *model = m_table->model();
    if (row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->setFocus();
    if (edit)
        m_table->edit(index); // a new row: start with its name
}

void TableRowButtons::add()
{
    QAbstractItemModel *model = m_table->model();
    const int row = currentRow() >= 0 ? currentRow() + 1 : model->rowCount();
    if (model->insertRows(row, 1))
        selectRow(row, true);
}

void TableRowButtons::duplicateCurrent()
{
    if (currentRow() < 0)
        return;
    selectRow(m_duplicate(currentRow()));
}

void TableRowButtons::removeCurrent()
{
    const int row = currentRow();
    QAbstractItemModel *model = m_table->model();
    if (row < 0 || !model->removeRows(row, 1))
        return;
    selectRow(std::min(row, model->rowCount() - 1));
}

void TableRowButtons::move(int delta)
{
    const int row = currentRow();
    QAbstractItemModel *model = m_table->model();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= model->rowCount())
        return;
    // moveRows takes the row to insert before, counted before the move.
    if (model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        selectRow(target);
}

void TableRowButtons::updateButtons()
{
    const int row = currentRow();
    const int rows = m_table->model()->rowCount();
    m_duplicateButton->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
}

} // namespace ls
