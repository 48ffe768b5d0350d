#pragma once
// The plan's general settings: name, description, base URL (checked as you type), default headers, timeout,
// seed and secret variables; and how requests travel: transport, TLS verification, redirects, HTTP version,
// proxy and server authentication.

#include "FormSupport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ls {

class HeaderEditor;
class HeaderTableModel;
class PlanDocument;

class GeneralForm : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralForm(PlanDocument *document, QWidget *parent = nullptr);

private:
    void buildLayout();
    void connectEdits();
    void refresh(); // from the document: values (where they differ) and problems

    PlanDocument *m_document;
    EditSession m_session;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlProblem;
    QDoubleSpinBox *m_timeout;
    QComboBox *m_transport;
    QCheckBox *m_tlsVerify;
    QSpinBox *m_followRedirects;
    QComboBox *m_httpVersion;
    QLineEdit *m_proxy;
    QLineEdit *m_authUser;
    QLineEdit *m_authPassword;
    QLabel *m_transportNote; // which transport "auto" will take, and why
    QSpinBox *m_seed;
    QLineEdit *m_secretVariables;
    HeaderTableModel *m_headerModel;
    HeaderEditor *m_headers;
};

} // namespace ls
