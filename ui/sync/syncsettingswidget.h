#pragma once

#include "context.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

// 设置 → 区域平台 (administrators only): platform address, workstation token, CA certificate and
// the automatic sync interval. Other users only press 同步 on the 数据同步 page.
class SyncSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsWidget(const Context &context, QWidget *parent = nullptr);

signals:
    void changed(); // settings saved

private:
    void load();
    void save();

    Context m_context;
    QLineEdit *m_server = nullptr, *m_token = nullptr, *m_ca = nullptr;
    QSpinBox *m_auto = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Gui
