// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "subcommand.h"

#include "analyzecommand.h"
#include "collectcommand.h"
#include "fixcommand.h"
#include "oomlensversion.h"
#include "rankcommand.h"
#include "snapshotcommand.h"
#include "watchcommand.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

// The subcommands in the order --help lists them.
constexpr Subcommand Table[] = {
    {"analyze", QT_TRANSLATE_NOOP("Cli", "Find OOM incidents in logs and explain them"),
     runAnalyze},
    {"collect",
     QT_TRANSLATE_NOOP("Cli", "Gather this system's memory state and logs into a bundle"),
     runCollect},
    {"fix", QT_TRANSLATE_NOOP("Cli", "Plan and apply a remedy for an incident (swap, limits, ...)"),
     runFix},
    {"rank", QT_TRANSLATE_NOOP("Cli", "Rank the processes as the OOM killer would now"), runRank},
    {"snapshot", QT_TRANSLATE_NOOP("Cli", "Print the memory state of the system"), runSnapshot},
    {"watch", QT_TRANSLATE_NOOP("Cli", "Print each new OOM incident as it happens"), runWatch},
};

void writeStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\r', u' ');
    line.replace(u'\n', u' ');
    return line;
}

} // namespace

std::span<const Subcommand> subcommands()
{
    return Table;
}

const Subcommand *findSubcommand(QStringView name)
{
    for (const Subcommand &command : Table) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QString Cli::programName()
{
    return u"oomlens-cli"_s;
}

QString Cli::generator()
{
    return programName() + u' ' + QString::fromLatin1(VersionString);
}

void Cli::printError(const QString &subject, const QString &message)
{
    writeStderr(programName() + u": "_s + oneLine(subject) + u": "_s + oneLine(message) + u'\n');
}

void Cli::printNotice(const QString &message)
{
    writeStderr(programName() + u": "_s + oneLine(message) + u'\n');
}

int Cli::usageError(const QString &message, const QString &usage)
{
    writeStderr(programName() + u": "_s + oneLine(message) + u"\n\n"_s + usage);
    return ExitUsage;
}

QCommandLineOption Cli::helpOption()
{
    return QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
}

std::optional<int> Cli::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                       const QString &usage, Positional positional)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(u"help"_s)) {
        writeStdout(usage.toUtf8());
        return ExitOk;
    }
    if (positional == Positional::None && !parser.positionalArguments().isEmpty())
        return usageError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), usage);
    return std::nullopt;
}

QString Cli::helpText(const QCommandLineParser &parser, const QString &subcommand)
{
    // QCommandLineParser's usage line names the executable as it was started
    // ("./build/src/cli/oomlens-cli") and not the subcommand.
    QString help = parser.helpText();
    // "Usage: " in the reader's language (see qtparserstrings.cpp).
    const QString usage =
        QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(QString());
    const QStringList arguments = QCoreApplication::arguments();
    if (help.startsWith(usage) && !arguments.isEmpty()
        && help.mid(usage.size()).startsWith(arguments.first() + u' ')) {
        QString name = programName();
        if (!subcommand.isEmpty())
            name += u' ' + subcommand;
        help.replace(usage.size(), arguments.first().size(), name);
    }
    return help;
}

void Cli::writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace oom::cli
