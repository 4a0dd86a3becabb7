#pragma once

#include "setuppage.h"

#include "scope.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace Gui {

// 欢迎: what the wizard does, and the interface language.
class WelcomePage : public SetupPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Offers the language choice, `current` selected ("zh_CN" or "en").
    void offerLanguages(const QString &current);
    QComboBox *languageBox() const { return m_language; }

signals:
    void languageChosen(const QString &language);

protected:
    QString place(const Models::SetupProblem &, bool) override { return {}; }

private:
    QComboBox *m_language = nullptr;
    QWidget *m_languageRow = nullptr;
};

// 机构: the clinic's name and its 统一社会信用代码.
class ClinicPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ClinicPage(QWidget *parent = nullptr);
    void contribute(QJsonObject &root, bool forFile) const override;
    QVector<Models::SetupProblem> ownProblems() const override;
    bool ignores(const Models::SetupProblem &p) const override;
    QString clinicName() const;

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
};

// 管理员: the administrator's account, or the administrator already logged in.
class AdminPage : public SetupPage
{
    Q_OBJECT
public:
    explicit AdminPage(QWidget *parent = nullptr);
    // An administrator has logged in already (the database has users but no village): the
    // clinic is set up as them and nothing is asked here.
    void setLoggedIn(const QString &username, const QString &displayName);
    bool loggedIn() const { return !m_loggedIn.isEmpty(); }
    void contribute(QJsonObject &root, bool forFile) const override;
    QVector<Models::SetupProblem> ownProblems() const override;
    bool ignores(const Models::SetupProblem &p) const override;
    QString username() const;
    QString password() const;

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    QString m_loggedIn;
    QString m_loggedInName;
    QWidget *m_form = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
};

// 区域平台 (optional): address, token and CA certificate, as 设置 → 区域平台 later.
class PlatformPage : public SetupPage
{
    Q_OBJECT
public:
    explicit PlatformPage(QWidget *parent = nullptr);
    void contribute(QJsonObject &root, bool forFile) const override;
    bool connects() const;
    QString caFile() const;

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    QCheckBox *m_connect = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_ca = nullptr;
};

// 确认: everything entered, as it will be written; 建立机构 applies it. Also saves it as a setup
// file for the clinic's other workstations.
class ConfirmPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(QWidget *parent = nullptr);
    void setSummary(const QString &html);
    void setBusy(bool busy);
    QTextBrowser *summary() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }

protected:
    QString place(const Models::SetupProblem &, bool) override { return {}; }

private:
    QTextBrowser *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace Gui
