/** Mail: the embedded SMTP server of the default profile and the page that shows what it received. */
package dk.medhearing.mail;
