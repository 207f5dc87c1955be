/*!
TLS to a PostgreSQL server, as `sslmode` says (libpq's meanings):

- `disable`: no TLS.
- `prefer`, `require`: encrypted, but any certificate is taken (the handshake's
  signature is still checked). `require` with `sslrootcert` checks as `verify-ca`.
- `verify-ca`: the certificate must come from a trusted CA (`sslrootcert`, else the
  system's trust store), for whatever host name.
- `verify-full`: that, and it must be for the host connected to.
*/

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

use super::address::{PgAddress, SslMode};
use crate::error::{Error, Result};
use crate::store::tls;

/// The TLS configuration for `address`, or `None` for `sslmode=disable`.
pub fn client_config(address: &PgAddress) -> Result<Option<rustls::ClientConfig>> {
    let provider = tls::provider();
    let root = address.sslrootcert.as_deref();
    let checks = match address.sslmode {
        SslMode::Disable => return Ok(None),
        SslMode::Prefer | SslMode::Require if root.is_none() => Checks::encryption_only(provider.clone()),
        SslMode::Prefer | SslMode::Require | SslMode::VerifyCa => {
            Checks::trusted_ca(tls::verifier(root, provider.clone())?, provider.clone())
        }
        SslMode::VerifyFull => Checks::full(tls::verifier(root, provider.clone())?, provider.clone()),
    };
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::failure(format!("cannot set up TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(checks))
        .with_no_client_auth();
    Ok(Some(config))
}

/// What is checked of a server's certificate.
#[derive(Debug)]
struct Checks {
    /// Who must have issued it; `None`: anyone (encryption only).
    issuer: Option<Arc<dyn ServerCertVerifier>>,
    /// Whether it must be for the host connected to.
    name: bool,
    provider: Arc<CryptoProvider>,
}

impl Checks {
    fn encryption_only(provider: Arc<CryptoProvider>) -> Self {
        Checks {
            issuer: None,
            name: false,
            provider,
        }
    }

    fn trusted_ca(issuer: Arc<dyn ServerCertVerifier>, provider: Arc<CryptoProvider>) -> Self {
        Checks {
            issuer: Some(issuer),
            name: false,
            provider,
        }
    }

    fn full(issuer: Arc<dyn ServerCertVerifier>, provider: Arc<CryptoProvider>) -> Self {
        Checks {
            issuer: Some(issuer),
            name: true,
            provider,
        }
    }
}

impl ServerCertVerifier for Checks {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let Some(issuer) = &self.issuer else {
            return Ok(ServerCertVerified::assertion());
        };
        match issuer.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.name => Ok(ServerCertVerified::assertion()),
            verified => verified,
        }
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
