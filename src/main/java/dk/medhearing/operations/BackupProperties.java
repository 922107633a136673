package dk.medhearing.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** Backups of the embedded H2 database ({@code medhearing.backup}): the folder the backup files are written to. */
@ConfigurationProperties("medhearing.backup")
record BackupProperties(@DefaultValue("./backups") Path folder) {}
