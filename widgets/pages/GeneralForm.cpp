#include "GeneralForm.h"

#include "HeaderEditor.h"
#include "HeaderTableModel.h"
#include "PlanDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace ls {

namespace {

QStringList parseNameList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString baseUrlToolTip()
{
    return GeneralForm::tr("An absolute http:// or https:// URL, e.g. https://api.example.test; each scenario's "
                           "path is appended to it.");
}

} // namespace

GeneralForm::GeneralForm(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_baseUrl(new QLineEdit(this)), m_baseUrlProblem(new QLabel(this)), m_timeout(new QDoubleSpinBox(this)),
      m_transport(new QComboBox(this)), m_tlsVerify(new QCheckBox(tr("&Verify TLS certificates"), this)),
      m_seed(new QSpinBox(this)), m_secretVariables(new QLineEdit(this)),
      m_headerModel(new HeaderTableModel(document, HeaderTableModel::planHeaders, this)),
      m_headers(new HeaderEditor(m_headerModel, QStringLiteral("planHeaders"), tr("Default headers"), this))
{
    setObjectName(QStringLiteral("generalForm"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_name->setAccessibleName(tr("Plan name"));
    m_description->setObjectName(QStringLiteral("planDescription"));
    m_description->setAccessibleName(tr("Plan description"));
    m_description->setToolTip(tr("What the plan is for; shown in reports."));
    m_description->setTabChangesFocus(true);
    // About four lines of text, whatever the font size.
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.test"));
    m_baseUrl->setToolTip(baseUrlToolTip());
    m_baseUrlProblem->setObjectName(QStringLiteral("baseUrlProblem"));
    m_baseUrlProblem->setWordWrap(true);
    m_baseUrlProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_baseUrlProblem->hide();
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setToolTip(tr("How long one request may take before it counts as a timeout error."));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_transport->setObjectName(QStringLiteral("transport"));
    m_transport->setAccessibleName(tr("Transport"));
    m_transport->addItem(tr("Automatic (native for HTTP/1.1)"), QStringLiteral("auto"));
    m_transport->addItem(tr("Native (lean HTTP/1.1 client, fastest)"), QStringLiteral("native"));
    m_transport->addItem(tr("Qt network access manager"), QStringLiteral("qnam"));
    m_transport->setToolTip(tr("How requests are sent; the report records which one ran."));
    m_tlsVerify->setObjectName(QStringLiteral("tlsVerify"));
    m_tlsVerify->setAccessibleName(tr("Verify TLS certificates"));
    m_tlsVerify->setToolTip(tr("Off accepts any certificate (self-signed test servers)."));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Seeds the random choices (scenario order, think times, {{random}}, {{uuid}}), so they "
                          "repeat from run to run."));
    m_secretVariables->setObjectName(QStringLiteral("secretVariables"));
    m_secretVariables->setAccessibleName(tr("Secret environment variables"));
    m_secretVariables->setPlaceholderText(QStringLiteral("API_TOKEN, SESSION"));
    m_secretVariables->setToolTip(tr("Environment variables (as in ${env:NAME}) whose values are secrets; "
                                     "separated by commas."));

    buildLayout();
    connectEdits();
    connect(m_document, &PlanDocument::planChanged, this, &GeneralForm::refresh);
    refresh();
}

void GeneralForm::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Description:"), m_description);
    addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_baseUrlProblem);
    addRow(tr("T&imeout:"), m_timeout);
    addRow(tr("T&ransport:"), m_transport);
    form->addRow(QString(), m_tlsVerify);
    addRow(tr("S&eed:"), m_seed);
    addRow(tr("Secret &variables:"), m_secretVariables);

    auto *headersBox = new QGroupBox(tr("Default headers (sent with every request)"), this);
    headersBox->setObjectName(QStringLiteral("planHeadersBox"));
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->addWidget(m_headers);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(headersBox, 1);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_baseUrl);
    setTabOrder(m_baseUrl, m_timeout);
    setTabOrder(m_timeout, m_transport);
    setTabOrder(m_transport, m_tlsVerify);
    setTabOrder(m_tlsVerify, m_seed);
    setTabOrder(m_seed, m_secretVariables);
    setTabOrder(m_secretVariables, m_headers->table());
    setTabOrder(m_headers->table(), m_headers->addButton());
    setTabOrder(m_headers->addButton(), m_headers->removeButton());
}

void GeneralForm::connectEdits()
{
    // Each edit builds the changed plan and hands it to the document: one undo step per field visit.
    auto edit = [this](QObject *field, const QString &what, auto change) {
        Plan plan = m_document->plan();
        change(plan);
        m_document->setPlan(plan, what, m_session.mergeIdFor(field));
    };
    connect(m_name, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_name, tr("Change plan name"), [&](Plan &p) { p.name = text; });
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (m_description->toPlainText() != m_document->plan().description) // not when refresh() set it
            edit(m_description, tr("Change plan description"),
                 [&](Plan &p) { p.description = m_description->toPlainText(); });
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_baseUrl, tr("Change base URL"), [&](Plan &p) { p.baseUrl = text.trimmed(); });
    });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, [this, edit](double value) {
        edit(m_timeout, tr("Change timeout"), [&](Plan &p) { p.timeoutS = value; });
    });
    connect(m_transport, &QComboBox::activated, this, [this, edit](int index) {
        edit(m_transport, tr("Change transport"),
             [&](Plan &p) { p.transport = m_transport->itemData(index).toString(); });
        m_session.finish();
    });
    connect(m_tlsVerify, &QCheckBox::toggled, this, [this, edit](bool on) {
        edit(m_tlsVerify, on ? tr("Verify TLS certificates") : tr("Accept any TLS certificate"),
             [&](Plan &p) { p.tlsVerify = on; });
        m_session.finish();
    });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this, edit](int value) { edit(m_seed, tr("Change seed"), [&](Plan &p) { p.seed = quint64(value); }); });
    connect(m_secretVariables, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_secretVariables, tr("Change secret variables"),
             [&](Plan &p) { p.secretVariables = parseNameList(text); });
    });
    for (QLineEdit *line : {m_name, m_baseUrl, m_secretVariables})
        connect(line, &QLineEdit::editingFinished, this, [this] { m_session.finish(); });
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_timeout, m_seed})
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this] { m_session.finish(); });
}

void GeneralForm::refresh()
{
    const Plan &plan = m_document->plan();
    // Only fields whose value differs are set, so the cursor of the field being typed in stays where it is.
    if (m_name->text() != plan.name)
        m_name->setText(plan.name);
    if (m_description->toPlainText() != plan.description)
        m_description->setPlainText(plan.description);
    if (m_baseUrl->text().trimmed() != plan.baseUrl)
        m_baseUrl->setText(plan.baseUrl);
    {
        const QSignalBlocker blockTimeout(m_timeout), blockSeed(m_seed), blockTls(m_tlsVerify);
        if (m_timeout->value() != plan.timeoutS)
            m_timeout->setValue(plan.timeoutS);
        if (quint64(m_seed->value()) != plan.seed)
            m_seed->setValue(int(std::min<quint64>(plan.seed, quint64(std::numeric_limits<int>::max()))));
        m_tlsVerify->setChecked(plan.tlsVerify);
    }
    m_transport->setCurrentIndex(m_transport->findData(plan.transport));
    if (parseNameList(m_secretVariables->text()) != plan.secretVariables)
        m_secretVariables->setText(plan.secretVariables.join(QStringLiteral(", ")));

    showFieldProblems(m_name, m_document->diagnosticsFor(QStringLiteral("name")), QString());
    showFieldProblems(m_description, m_document->diagnosticsFor(QStringLiteral("description")),
                      tr("What the plan is for; shown in reports."));
    showFieldProblems(m_baseUrl, m_document->diagnosticsFor(QStringLiteral("base_url")), baseUrlToolTip(),
                      m_baseUrlProblem);
    showFieldProblems(m_timeout, m_document->diagnosticsFor(QStringLiteral("timeout_s")),
                      tr("How long one request may take before it counts as a timeout error."));
    showFieldProblems(m_transport, m_document->diagnosticsFor(QStringLiteral("transport")),
                      tr("How requests are sent; the report records which one ran."));
    showFieldProblems(m_secretVariables, m_document->diagnosticsFor(QStringLiteral("secret_variables")),
                      tr("Environment variables (as in ${env:NAME}) whose values are secrets; separated by commas."));
}

} // namespace ls
