// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What `oomlens` was asked to open: the live system (no argument), files, folders and
// archives, or the demo bundle (--demo).
struct StartOptions {
    Q_DECLARE_TR_FUNCTIONS(StartOptions)

public:
    QStringList paths;
    bool demo = false;
    QString language; // --lang
    QString error; // a usage error, for the terminal

    static StartOptions parse(const QStringList &arguments);
    // The demo inputs: the installed demo folder, else the source tree's (a build folder).
    static QStringList demoPaths(const QString &demoDir);
};
