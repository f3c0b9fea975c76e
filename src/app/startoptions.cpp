// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/startoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

StartOptions StartOptions::parse(const QStringList &arguments)
{
    StartOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explains why Linux ran out of memory."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                                 tr("Open the demo bundle shipped with OOM Lens."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Use this language (ja, zh_CN, zh_TW, en)."), tr("language"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addPositionalArgument(tr("inputs"),
                                 tr("Logs, folders, archives or bundles to open; without any, "
                                    "the live system."),
                                 tr("[FILE|DIR|ARCHIVE…]"));
    parser.process(arguments);
    options.demo = parser.isSet(demo);
    options.language = parser.value(lang);
    options.paths = parser.positionalArguments();
    return options;
}

QStringList StartOptions::demoPaths(const QString &demoDir)
{
    QStringList candidates = QStandardPaths::locateAll(
        QStandardPaths::AppDataLocation, QStringLiteral("demo"), QStandardPaths::LocateDirectory);
    candidates.append(demoDir);
    for (const QString &dir : std::as_const(candidates)) {
        const QDir folder(dir);
        const QStringList entries =
            folder.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList paths;
        for (const QString &entry : entries) {
            if (!entry.endsWith(QStringLiteral(".md")))
                paths.append(folder.filePath(entry));
        }
        if (!paths.isEmpty())
            return paths;
    }
    return {};
}
