// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QObject>
#include <QRect>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The few things the window remembers between runs (QSettings): its geometry and the recent
// inputs. A C++ singleton rather than Qt.labs.settings, which Qt 6.5 deprecates, and QtCore's
// Settings, which 6.4 lacks.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QRect geometry READ geometry WRITE setGeometry NOTIFY geometryChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)

public:
    static constexpr int MaxRecent = 10;

    explicit AppSettings(QObject *parent = nullptr);

    QRect geometry() const;
    void setGeometry(const QRect &geometry);
    QStringList recentFiles() const;
    Q_INVOKABLE void addRecent(const QStringList &paths);
    Q_INVOKABLE void clearRecent();

Q_SIGNALS:
    void geometryChanged();
    void recentFilesChanged();
};
