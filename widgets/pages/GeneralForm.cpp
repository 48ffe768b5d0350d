#include "GeneralForm.h"

#include "HeaderEditor.h"
#include "HeaderTableModel.h"
#include "PlanDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
#include <utility>

namespace ls {

namespace {

QStringList parseNameList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Which transport runs the plan, in words: "auto" decides from the connection settings.
QString transportNote(const Plan &plan)
{
    if (plan.transport != QLatin1String("auto"))
        return {};
    return plan.http.needsQtTransport()
               ? GeneralForm::tr("Runs on the Qt transport: HTTP/2, a proxy or authentication need it.")
               : GeneralForm::tr("Runs on the native transport.");
}

QString redirectsToolTip()
{
    return GeneralForm::tr("How many redirects (301, 302, 303, 307, 308) one request may follow; the latency "
                           "covers them all. Off: a redirect is the response.");
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
      m_followRedirects(new QSpinBox(this)), m_httpVersion(new QComboBox(this)), m_proxy(new QLineEdit(this)),
      m_authUser(new QLineEdit(this)), m_authPassword(new QLineEdit(this)), m_transportNote(new QLabel(this)),
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
    m_followRedirects->setObjectName(QStringLiteral("followRedirects"));
    m_followRedirects->setAccessibleName(tr("Redirects to follow"));
    m_followRedirects->setRange(0, HttpSettings::maxRedirects);
    m_followRedirects->setSpecialValueText(tr("Do not follow"));
    m_followRedirects->setToolTip(redirectsToolTip());
    m_httpVersion->setObjectName(QStringLiteral("httpVersion"));
    m_httpVersion->setAccessibleName(tr("HTTP version"));
    m_httpVersion->addItem(tr("HTTP/1.1"), QStringLiteral("1.1"));
    m_httpVersion->addItem(tr("HTTP/2 (Qt transport)"), QStringLiteral("2"));
    m_httpVersion->setToolTip(tr("HTTP/2 is negotiated over TLS, and spoken with prior knowledge over plain HTTP."));
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->setPlaceholderText(tr("direct (e.g. http://127.0.0.1:3128)"));
    m_proxy->setToolTip(tr("An http:// or socks5:// proxy all requests go through; ${env:NAME} allowed."));
    m_authUser->setObjectName(QStringLiteral("authUser"));
    m_authUser->setAccessibleName(tr("Authentication user"));
    m_authUser->setPlaceholderText(tr("none"));
    m_authUser->setToolTip(tr("Answers the server's authentication challenge (Basic, Digest, NTLM)."));
    m_authPassword->setObjectName(QStringLiteral("authPassword"));
    m_authPassword->setAccessibleName(tr("Authentication password"));
    m_authPassword->setEchoMode(QLineEdit::Password);
    m_authPassword->setPlaceholderText(QStringLiteral("${env:API_PASSWORD}"));
    m_authPassword->setToolTip(tr("Better ${env:NAME} than the password itself: plan files get shared."));
    m_transportNote->setObjectName(QStringLiteral("transportNote"));
    m_transportNote->setWordWrap(true);
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
    addRow(tr("S&eed:"), m_seed);
    addRow(tr("Secret &variables:"), m_secretVariables);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    connectionBox->setObjectName(QStringLiteral("connectionBox"));
    auto *connection = new QFormLayout(connectionBox);
    auto addConnectionRow = [&](const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, connectionBox);
        buddy->setBuddy(field);
        connection->addRow(buddy, field);
    };
    addConnectionRow(tr("T&ransport:"), m_transport);
    connection->addRow(QString(), m_transportNote);
    connection->addRow(QString(), m_tlsVerify);
    addConnectionRow(tr("Re&directs:"), m_followRedirects);
    addConnectionRow(tr("&HTTP version:"), m_httpVersion);
    addConnectionRow(tr("&Proxy:"), m_proxy);
    addConnectionRow(tr("&User:"), m_authUser);
    addConnectionRow(tr("Pass&word:"), m_authPassword);

    auto *top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addWidget(connectionBox, 2);

    auto *headersBox = new QGroupBox(tr("Default headers (sent with every request)"), this);
    headersBox->setObjectName(QStringLiteral("planHeadersBox"));
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->addWidget(m_headers);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(headersBox, 1);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_baseUrl);
    setTabOrder(m_baseUrl, m_timeout);
    setTabOrder(m_timeout, m_seed);
    setTabOrder(m_seed, m_secretVariables);
    setTabOrder(m_secretVariables, m_transport);
    setTabOrder(m_transport, m_tlsVerify);
    setTabOrder(m_tlsVerify, m_followRedirects);
    setTabOrder(m_followRedirects, m_httpVersion);
    setTabOrder(m_httpVersion, m_proxy);
    setTabOrder(m_proxy, m_authUser);
    setTabOrder(m_authUser, m_authPassword);
    setTabOrder(m_authPassword, m_headers->table());
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
    connect(m_followRedirects, &QSpinBox::valueChanged, this, [this, edit](int value) {
        edit(m_followRedirects, tr("Change redirects"), [&](Plan &p) { p.http.followRedirects = value; });
    });
    connect(m_httpVersion, &QComboBox::activated, this, [this, edit](int index) {
        edit(m_httpVersion, tr("Change HTTP version"),
             [&](Plan &p) { p.http.httpVersion = m_httpVersion->itemData(index).toString(); });
        m_session.finish();
    });
    connect(m_proxy, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_proxy, tr("Change proxy"), [&](Plan &p) { p.http.proxy = text.trimmed(); });
    });
    connect(m_authUser, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_authUser, tr("Change authentication user"), [&](Plan &p) { p.http.authUser = text.trimmed(); });
    });
    connect(m_authPassword, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_authPassword, tr("Change authentication password"), [&](Plan &p) { p.http.authPassword = text; });
    });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this, edit](int value) { edit(m_seed, tr("Change seed"), [&](Plan &p) { p.seed = quint64(value); }); });
    connect(m_secretVariables, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        edit(m_secretVariables, tr("Change secret variables"),
             [&](Plan &p) { p.secretVariables = parseNameList(text); });
    });
    for (QLineEdit *line : {m_name, m_baseUrl, m_secretVariables, m_proxy, m_authUser, m_authPassword})
        connect(line, &QLineEdit::editingFinished, this, [this] { m_session.finish(); });
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_timeout, m_seed, m_followRedirects})
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
        const QSignalBlocker blockTimeout(m_timeout), blockSeed(m_seed), blockTls(m_tlsVerify),
            blockRedirects(m_followRedirects);
        if (m_followRedirects->value() != plan.http.followRedirects)
            m_followRedirects->setValue(plan.http.followRedirects);
        if (m_timeout->value() != plan.timeoutS)
            m_timeout->setValue(plan.timeoutS);
        if (quint64(m_seed->value()) != plan.seed)
            m_seed->setValue(int(std::min<quint64>(plan.seed, quint64(std::numeric_limits<int>::max()))));
        m_tlsVerify->setChecked(plan.tlsVerify);
    }
    m_transport->setCurrentIndex(m_transport->findData(plan.transport));
    m_httpVersion->setCurrentIndex(m_httpVersion->findData(plan.http.httpVersion));
    for (auto [line, value] : {std::pair{m_proxy, &plan.http.proxy}, std::pair{m_authUser, &plan.http.authUser}}) {
        if (line->text().trimmed() != *value)
            line->setText(*value);
    }
    if (m_authPassword->text() != plan.http.authPassword)
        m_authPassword->setText(plan.http.authPassword);
    m_transportNote->setText(transportNote(plan));
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
    showFieldProblems(m_followRedirects, m_document->diagnosticsFor(QStringLiteral("follow_redirects")),
                      redirectsToolTip());
    showFieldProblems(m_httpVersion, m_document->diagnosticsFor(QStringLiteral("http_version")),
                      tr("HTTP/2 is negotiated over TLS, and spoken with prior knowledge over plain HTTP."));
    showFieldProblems(m_proxy, m_document->diagnosticsFor(QStringLiteral("proxy")),
                      tr("An http:// or socks5:// proxy all requests go through; ${env:NAME} allowed."));
    showFieldProblems(m_authPassword, m_document->diagnosticsFor(QStringLiteral("auth.password")),
                      tr("Better ${env:NAME} than the password itself: plan files get shared."));
    showFieldProblems(m_secretVariables, m_document->diagnosticsFor(QStringLiteral("secret_variables")),
                      tr("Environment variables (as in ${env:NAME}) whose values are secrets; separated by commas."));
}

} // namespace ls
