/*!
TLS for the remote store (and `lmsctl serve`): the crypto provider, which server
certificates the client trusts, and what to do when it trusts none.

Without `--ca-cert` the operating system's trust store decides
(rustls-platform-verifier, as a browser would). With `--ca-cert PEM` only the
certificates in that file are trusted: as the CA that signed the server's certificate,
or as the server's certificate itself. The latter is what people make for a server of
their own (`openssl req -x509 ... -subj /CN=host`), and OpenSSL marks such a
certificate as a CA (basicConstraints CA:TRUE), which a strict check refuses as a
server's (webpki: CaUsedAsEndEntity). So a server certificate byte for byte identical
to one in the file is trusted as it is; its validity period and its name are still
checked, and so is the handshake's signature (the server holds its key).
*/

use std::path::Path;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

use crate::error::{Error, ErrorKind, Result};

/// The crypto provider of every TLS connection lmsctl makes or serves (*ring*, as
/// Cargo.toml chooses it); passed explicitly, never installed process-wide.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The client's TLS configuration: the system's trust store, or only `ca_cert`.
pub fn client_config(ca_cert: Option<&Path>) -> Result<rustls::ClientConfig> {
    let provider = provider();
    let verifier = verifier(ca_cert, provider.clone())?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::failure(format!("cannot set up TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Which server certificates to trust: the system's trust store decides, or only
/// `ca_cert` (the certificates of a PEM file, as CAs or as the server's own).
pub fn verifier(
    ca_cert: Option<&Path>,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>> {
    Ok(match ca_cert {
        None => Arc::new(
            rustls_platform_verifier::Verifier::new(provider)
                .map_err(|e| Error::failure(format!("cannot read the system's trusted certificates: {e}")))?,
        ),
        Some(path) => Arc::new(TrustFile::read(path, provider)?),
    })
}

/// The certificates of a `--ca-cert` file, as CAs and as server certificates.
#[derive(Debug)]
struct TrustFile {
    certificates: Vec<CertificateDer<'static>>,
    as_cas: Arc<WebPkiServerVerifier>,
    provider: Arc<CryptoProvider>,
}

impl TrustFile {
    fn read(path: &Path, provider: Arc<CryptoProvider>) -> Result<Self> {
        let bad = |what: String| {
            Error::new(
                ErrorKind::Config,
                format!("the CA certificate {}: {what}", path.display()),
            )
            .with_hint("give a PEM file with the server's certificate or its CA's")
        };
        let pem = std::fs::read(path).map_err(|e| Error::io("read the CA certificate", path, e))?;
        let certificates = CertificateDer::pem_slice_iter(&pem)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| bad(format!("not a PEM certificate ({e})")))?;
        if certificates.is_empty() {
            return Err(bad("no certificate in it".into()));
        }
        let mut roots = rustls::RootCertStore::empty();
        for certificate in &certificates {
            roots
                .add(certificate.clone())
                .map_err(|e| bad(format!("not a usable certificate ({e})")))?;
        }
        let as_cas = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map_err(|e| bad(format!("not a usable certificate ({e})")))?;
        Ok(TrustFile {
            certificates,
            as_cas,
            provider,
        })
    }

    /// A server certificate that is one of the file's: in its validity period and
    /// for `server_name`, whatever its basic constraints say.
    fn verify_as_is(
        &self,
        certificate: &CertificateDer<'_>,
        server_name: &ServerName<'_>,
        now: UnixTime,
    ) -> std::result::Result<(), rustls::Error> {
        let parsed = webpki::EndEntityCert::try_from(certificate).map_err(pki_error)?;
        let anchors = [webpki::anchor_from_trusted_cert(certificate).map_err(pki_error)?];
        let verified = parsed.verify_for_usage(
            self.provider.signature_verification_algorithms.all,
            &anchors,
            &[],
            now,
            webpki::KeyUsage::server_auth(),
            None,
            None,
        );
        match verified.map(|_| ()) {
            // webpki checks the validity period before the basic constraints (a unit
            // test holds it to that): this error says the certificate is in date and
            // that its CA flag is the only objection.
            Ok(_) | Err(webpki::Error::CaUsedAsEndEntity) => {}
            Err(e) => return Err(pki_error(e)),
        }
        parsed
            .verify_is_valid_for_subject_name(server_name)
            .map_err(pki_error)
    }
}

impl ServerCertVerifier for TrustFile {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        if self
            .certificates
            .iter()
            .any(|c| c.as_ref() == end_entity.as_ref())
        {
            self.verify_as_is(end_entity, server_name, now)?;
            return Ok(ServerCertVerified::assertion());
        }
        self.as_cas
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A webpki error as rustls reports it (the cases the hints tell apart).
fn pki_error(error: webpki::Error) -> rustls::Error {
    let certificate = match error {
        webpki::Error::CertExpired { time, not_after } => {
            CertificateError::ExpiredContext { time, not_after }
        }
        webpki::Error::CertNotValidYet { time, not_before } => {
            CertificateError::NotValidYetContext { time, not_before }
        }
        webpki::Error::CertNotValidForName(_) => CertificateError::NotValidForName,
        webpki::Error::UnknownIssuer => CertificateError::UnknownIssuer,
        webpki::Error::InvalidSignatureForPublicKey => CertificateError::BadSignature,
        other => CertificateError::Other(rustls::OtherError(Arc::new(other))),
    };
    rustls::Error::InvalidCertificate(certificate)
}

/// What to do about a request that failed before the server answered: for a TLS
/// problem, what is wrong with the certificate and how to fix it.
pub fn hint(err: &(dyn std::error::Error + 'static), host: &str, ca_cert: Option<&Path>) -> String {
    let Some(tls) = tls_error(err) else {
        return "check the URL and that `lmsctl serve` runs there".to_owned();
    };
    let rustls::Error::InvalidCertificate(problem) = tls else {
        return "check the URL: https:// for a server started with --tls-cert, http:// otherwise".to_owned();
    };
    match (problem, ca_cert) {
        (CertificateError::Expired | CertificateError::ExpiredContext { .. }, _)
        | (CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. }, _) => {
            "the server's certificate is outside its validity period: renew it on the server \
             (and check this machine's clock)"
                .to_owned()
        }
        (CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }, _) => format!(
            "the server's certificate is not made out for {host}: use the name it names in the URL, \
             or make one with -addext subjectAltName=DNS:{host} (IP:{host} for an address)"
        ),
        (_, None) => "this system does not trust the server's certificate; if the server has a \
             certificate of its own (self-signed or from your own CA), trust it with --ca-cert PEM \
             (or LMSCTL_CA_CERT)"
            .to_owned(),
        (_, Some(path)) => format!(
            "the server's certificate is neither in {} nor signed by a certificate in it: \
             pass the server's own certificate, or its CA's, with --ca-cert",
            path.display()
        ),
    }
}

/// The rustls error behind a failed request, if TLS failed.
fn tls_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    let mut current = Some(err);
    while let Some(err) = current {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        // An io::Error's source() skips the error it wraps (which may be another
        // io::Error): go into it instead.
        current = match err.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => err.source(),
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed certificate as `openssl req -x509` makes it (basicConstraints
    /// CA:TRUE), for localhost and 127.0.0.1, valid from 2026-12-06 to 2036-12-03.
    fn certificate() -> CertificateDer<'static> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls/ca-true-cert.pem");
        CertificateDer::from_pem_file(path).expect("the test certificate")
    }

    fn day(date: &str) -> UnixTime {
        let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        UnixTime::since_unix_epoch(std::time::Duration::from_secs(
            date.and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp() as u64,
        ))
    }

    fn verify(name: &str, on: &str) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls/ca-true-cert.pem");
        let trust = TrustFile::read(&path, provider()).unwrap();
        let name = ServerName::try_from(name.to_owned()).unwrap();
        trust.verify_server_cert(&certificate(), &[], &name, &[], day(on))
    }

    #[test]
    fn a_ca_certificate_in_the_file_is_trusted_as_the_server_s_own() {
        assert!(verify("localhost", "2027-06-01").is_ok());
        assert!(verify("127.0.0.1", "2027-06-01").is_ok());
    }

    #[test]
    fn its_validity_period_and_name_are_still_checked() {
        // Also holds webpki to checking the period before the CA flag.
        let expired = verify("localhost", "2040-01-01").unwrap_err();
        assert!(
            matches!(
                expired,
                rustls::Error::InvalidCertificate(CertificateError::ExpiredContext { .. })
            ),
            "{expired:?}"
        );
        let early = verify("localhost", "2020-01-01").unwrap_err();
        assert!(
            matches!(
                early,
                rustls::Error::InvalidCertificate(CertificateError::NotValidYetContext { .. })
            ),
            "{early:?}"
        );
        let other = verify("lms.example.com", "2027-06-01").unwrap_err();
        assert_eq!(
            other,
            rustls::Error::InvalidCertificate(CertificateError::NotValidForName)
        );
    }

    #[test]
    fn certificate_problems_get_hints_that_name_the_fix() {
        let untrusted = rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer);
        let wrapped = std::io::Error::other(std::io::Error::new(std::io::ErrorKind::InvalidData, untrusted));
        assert!(
            hint(&wrapped, "lms", None).contains("--ca-cert PEM"),
            "{}",
            hint(&wrapped, "lms", None)
        );
        let file = Path::new("/etc/lms/ca.pem");
        assert!(hint(&wrapped, "lms", Some(file)).contains("/etc/lms/ca.pem"));
        let name = std::io::Error::other(rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName,
        ));
        assert!(hint(&name, "lms", None).contains("subjectAltName=DNS:lms"));
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert!(hint(&refused, "lms", None).contains("lmsctl serve"));
    }
}
