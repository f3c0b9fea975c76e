// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// oomlens-cli: the headless front end. main() only wires: the top-level options, then
// the subcommand named by the first argument.
#include "i18n/translationinstaller.h"
#include "oomlensversion.h"
#include "subcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace oom::cli;

namespace {

QString commandList()
{
    QString text = Cli::tr("Commands:") + u'\n';
    for (const Subcommand &command : subcommands()) {
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(12)
            + QCoreApplication::translate("Cli", command.summary) + u'\n';
    }
    text += u'\n'
        + Cli::tr("Run \"%1 <command> --help\" for a command's options.").arg(Cli::programName())
        + u'\n';
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(QString::fromLatin1(oom::VersionString));
    oom::i18n::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("OOM Lens: finds Linux out-of-memory incidents in logs and explains them."));
    parser.addPositionalArgument(u"command"_s, Cli::tr("The command to run."),
                                 u"<command> [options]"_s);
    const QCommandLineOption help = Cli::helpOption();
    const QCommandLineOption version({u"v"_s, u"version"_s}, Cli::tr("Show the version and exit."));
    parser.addOptions({help, version});
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QString usage = Cli::helpText(parser, {}) + u'\n' + commandList();
    if (!parser.parse(QCoreApplication::arguments()))
        return Cli::usageError(parser.errorText(), usage);
    if (parser.isSet(version)) {
        Cli::writeStdout(Cli::generator().toUtf8() + '\n');
        return ExitOk;
    }
    if (parser.isSet(help)) {
        Cli::writeStdout(usage.toUtf8());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Cli::usageError(Cli::tr("no command given"), usage);
    const Subcommand *command = findSubcommand(positional.first());
    if (!command)
        return Cli::usageError(Cli::tr("unknown command \"%1\"").arg(positional.first()), usage);

    QStringList arguments = positional.mid(1);
    arguments.prepend(Cli::programName() + u' ' + QString::fromLatin1(command->name));
    return command->run(arguments);
}
